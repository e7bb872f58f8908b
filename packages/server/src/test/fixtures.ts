import { creditCodeCheckCharacter } from '../common/credit-code';
import type { TestServer } from './server';

let serial = 0;

/** A valid credit code that no other fixture uses. */
export function freshCreditCode(prefix = '91'): string {
  serial += 1;
  const body = `${prefix}520102${String(serial).padStart(9, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

export const ORG_FIELDS = `id kind name shortName parentId hostId depth status creditCode originProvince industry employeeCount foundedOn address phone archivedAt version`;

export async function createOrg(t: TestServer, fields: Record<string, unknown>): Promise<Record<string, any>> {
  const names = Object.keys(fields);
  const types: Record<string, string> = { kind: 'OrganizationKind!', name: 'String!', parentId: 'ID', hostId: 'ID', status: 'OrganizationStatus', employeeCount: 'Int' };
  const decl = names.map((n) => `$${n}: ${types[n] ?? 'String'}`).join(', ');
  const args = names.map((n) => `${n}: $${n}`).join(', ');
  const res = await t.gql(`mutation(${decl}) { createOrganization(${args}) { ${ORG_FIELDS} } }`, fields);
  if (res.errors) throw new Error(`createOrganization failed: ${JSON.stringify(res.errors)}`);
  return res.data!.createOrganization;
}

/** Department → chamber → committee, enterprises with their branches: the shape of a real chamber. */
export async function buildSmallTree(t: TestServer) {
  const agency = await createOrg(t, { kind: 'AGENCY', name: '贵州省商务厅' });
  const hunan = await createOrg(t, { kind: 'CHAMBER', name: '贵州省湖南商会', shortName: '湖南商会', parentId: agency.id, originProvince: '湖南', creditCode: freshCreditCode('51') });
  const sichuan = await createOrg(t, { kind: 'CHAMBER', name: '贵州省四川商会', shortName: '四川商会', parentId: agency.id, originProvince: '四川', creditCode: freshCreditCode('51') });
  const zhejiang = await createOrg(t, { kind: 'CHAMBER', name: '贵州省浙江商会', shortName: '浙江商会', parentId: agency.id, originProvince: '浙江', creditCode: freshCreditCode('51') });
  const committee = await createOrg(t, { kind: 'PARTY_COMMITTEE', name: '贵州省湖南商会党委', parentId: hunan.id, hostId: hunan.id });
  const enterprises = [];
  for (const name of ['贵州湘黔建材有限公司', '贵州湘盛物流有限公司', '贵州湘华信息技术有限公司']) {
    enterprises.push(await createOrg(t, { kind: 'ENTERPRISE', name, parentId: hunan.id, creditCode: freshCreditCode(), industry: '制造业', employeeCount: 120 }));
  }
  const sichuanEnterprise = await createOrg(t, { kind: 'ENTERPRISE', name: '贵州川渝商贸有限公司', parentId: sichuan.id, creditCode: freshCreditCode() });
  const branch = await createOrg(t, { kind: 'BRANCH', name: '贵州湘黔建材有限公司党支部', parentId: committee.id, hostId: enterprises[0].id });
  return { agency, hunan, sichuan, zhejiang, committee, enterprises, sichuanEnterprise, branch };
}
