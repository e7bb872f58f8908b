import type { buildSmallTree } from './fixtures';
import { createPerson } from './people-fixtures';
import type { TestServer } from './server';

/**
 * The coverage fixture worked out by hand: 4 member enterprises, 3 with party members, 2 of
 * those covered by a party organization (2/3); work reaches 3 of 4 (3/4); 1 of 3 chambers has
 * a party organization (1/3).
 */
export async function populateCoverage(t: TestServer, tree: Awaited<ReturnType<typeof buildSmallTree>>): Promise<void> {
  const [e0, e1, e2] = tree.enterprises;
  // 湘黔建材 (e0) hosts its own branch, where its two members sit.
  for (const name of ['甲', '乙']) await createPerson(t.gql, { name, organizationId: tree.branch.id, employerId: e0.id, membershipStatus: 'FULL' });
  // 湘盛物流 (e1): one member, kept by the chamber's party committee.
  await createPerson(t.gql, { name: '丙', organizationId: tree.committee.id, employerId: e1.id, membershipStatus: 'FULL' });
  // 湘华信息 (e2): one member kept by the enterprise itself, no party organization, no liaison; and a non-member.
  await createPerson(t.gql, { name: '丁', organizationId: e2.id, employerId: e2.id, membershipStatus: 'FULL' });
  await createPerson(t.gql, { name: '戊', organizationId: e2.id, employerId: e2.id });
  // 川渝商贸: no members, but a party-building liaison.
  await createPerson(t.gql, { name: '己', organizationId: tree.sichuanEnterprise.id, employerId: tree.sichuanEnterprise.id, posts: '办公室主任、党建联络员' });
}
