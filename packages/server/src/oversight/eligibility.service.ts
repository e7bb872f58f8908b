import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Actor } from '../access/actor';
import { requirePermission } from '../access/scope';
import type { Database } from '../db/database';
import { Organization, OrganizationKind, PARTY_KINDS } from '../organizations';
import { MembershipStatus, Person } from '../people';
import { pathsFromRoot } from '../kernel/paths';
import { DEFAULT_RULES, loadRules, type RuleValues } from '../organizations';
import { ReportSubtree } from './subtree';

export enum EligibleForm {
  JOINT_BRANCH = 'JOINT_BRANCH',
  BRANCH = 'BRANCH',
  GENERAL_BRANCH = 'GENERAL_BRANCH',
  PARTY_COMMITTEE = 'PARTY_COMMITTEE',
}
registerEnumType(EligibleForm, {
  name: 'EligibleForm',
  valuesConfig: {
    JOINT_BRANCH: { description: '联合党支部 (fewer than 3 full members)' },
    BRANCH: { description: '党支部 (3 or more full members)' },
    GENERAL_BRANCH: { description: '党总支 (more than 50 members)' },
    PARTY_COMMITTEE: { description: '可申请成立党委 (100 or more members)' },
  },
});

/** What a unit with this many members may form, and why. */
export function eligibleForm(
  fullMembers: number,
  members: number,
  rules: Pick<RuleValues, 'branchMinFullMembers' | 'generalBranchAboveMembers' | 'committeeMinMembers'> = DEFAULT_RULES,
): { form: EligibleForm; reasons: string[] } {
  const { branchMinFullMembers: branchMin, generalBranchAboveMembers: generalBranchAbove, committeeMinMembers: committeeMin } = rules;
  if (members >= committeeMin) return { form: EligibleForm.PARTY_COMMITTEE, reasons: [`党员 ${members} 名，达到 ${committeeMin} 名，可申请成立党委`] };
  if (members > generalBranchAbove) return { form: EligibleForm.GENERAL_BRANCH, reasons: [`党员 ${members} 名，超过 ${generalBranchAbove} 名，可成立党总支`] };
  if (fullMembers >= branchMin) return { form: EligibleForm.BRANCH, reasons: [`正式党员 ${fullMembers} 名，达到 ${branchMin} 名，可单独成立党支部`] };
  return { form: EligibleForm.JOINT_BRANCH, reasons: [`正式党员 ${fullMembers} 名，不足 ${branchMin} 名，应与其他单位联合成立党支部`] };
}

@ObjectType({ simpleResolvers: true, description: 'What party organization a chamber or an enterprise may form, from its members, and what it has' })
export class UnitEligibility {
  @Field(() => ID)
  organizationId: number;

  @Field()
  organizationName: string;

  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field(() => Int, { description: 'Full members' })
  fullMembers: number;

  @Field(() => Int, { description: 'Full and probationary members' })
  members: number;

  @Field(() => EligibleForm)
  eligibleForm: EligibleForm;

  @Field(() => [String])
  reasons: string[];

  @Field(() => OrganizationKind, { nullable: true, description: 'The party organization it hosts now, if any' })
  currentForm: OrganizationKind | null;
}

/**
 * Eligibility of the chambers and member enterprises in scope: an enterprise counts the members
 * working there, a chamber the members kept anywhere in its subtree.
 */
export async function eligibility(db: Database, actor: Actor, within: string | null): Promise<UnitEligibility[]> {
  requirePermission(actor, 'oversight:read');
  // Every statement reads through the same scope (and subtree asked for), so none needs a list of ids.
  const subtree = await ReportSubtree.of(db.manager, actor, within);
  if (!subtree) return [];
  const unitKinds = [OrganizationKind.CHAMBER, OrganizationKind.ENTERPRISE];
  const units = (
    await subtree.restrict(db.manager.createQueryBuilder(Organization, 'o'), 'o.path')
      .select(['o.id AS id', 'o.name AS name', 'o.kind AS kind', 'o.path AS path'])
      .andWhere('o.kind IN (:...unitKinds) AND o.archivedAt IS NULL', { unitKinds })
      .orderBy('o.kind', 'ASC')
      .addOrderBy('o.namePinyin', 'ASC')
      .getRawMany<{ id: number | string; name: string; kind: OrganizationKind; path: string }>()
  ).map((u) => ({ ...u, id: Number(u.id) }));
  if (!units.length) return [];
  const rules = await loadRules(db.manager);
  const statuses = [MembershipStatus.FULL, MembershipStatus.PROBATIONARY];
  type Count = { full: number; members: number };
  const add = (counts: Map<string | number, Count>, key: string | number, status: MembershipStatus, n: number) => {
    const c = counts.get(key) ?? { full: 0, members: 0 };
    if (status === MembershipStatus.FULL) c.full += n;
    c.members += n;
    counts.set(key, c);
  };

  // An enterprise counts the members working there.
  const byEmployer = new Map<string | number, Count>();
  const working = await subtree.restrict(db.manager.createQueryBuilder(Person, 'p').innerJoin(Organization, 'pe', 'pe.id = p.employerId'), 'pe.path')
    .select('p.employerId', 'id')
    .addSelect('p.membershipStatus', 'status')
    .addSelect('COUNT(*)', 'n')
    .andWhere('pe.kind = :enterprise AND p.membershipStatus IN (:...statuses) AND p.archivedAt IS NULL', { enterprise: OrganizationKind.ENTERPRISE, statuses })
    .groupBy('p.employerId')
    .addGroupBy('p.membershipStatus')
    .getRawMany<{ id: number | string; status: MembershipStatus; n: number | string }>();
  for (const r of working) add(byEmployer, Number(r.id), r.status, Number(r.n));

  // A chamber counts the members kept anywhere in its subtree: each count goes to the chambers on its path.
  const chamberPaths = new Set(units.filter((u) => u.kind === OrganizationKind.CHAMBER).map((u) => u.path));
  const byChamberPath = new Map<string | number, Count>();
  if (chamberPaths.size) {
    const kept = await subtree.restrict(db.manager.createQueryBuilder(Person, 'p').innerJoin(Organization, 'k', 'k.id = p.organizationId'), 'k.path')
      .select('k.path', 'path')
      .addSelect('p.membershipStatus', 'status')
      .addSelect('COUNT(*)', 'n')
      .andWhere('p.membershipStatus IN (:...statuses) AND p.archivedAt IS NULL', { statuses })
      .groupBy('k.path')
      .addGroupBy('p.membershipStatus')
      .getRawMany<{ path: string; status: MembershipStatus; n: number | string }>();
    for (const k of kept) for (const path of pathsFromRoot(k.path)) if (chamberPaths.has(path)) add(byChamberPath, path, k.status, Number(k.n));
  }

  // The party organization each unit hosts now, the highest form first.
  const rank = [OrganizationKind.JOINT_BRANCH, OrganizationKind.BRANCH, OrganizationKind.GENERAL_BRANCH, OrganizationKind.PARTY_COMMITTEE];
  const hosted = await subtree.restrict(db.manager.createQueryBuilder(Organization, 'h').innerJoin(Organization, 'ho', 'ho.id = h.hostId'), 'ho.path')
    .select('h.hostId', 'hostId')
    .addSelect('h.kind', 'kind')
    .andWhere('h.kind IN (:...party) AND h.archivedAt IS NULL AND ho.kind IN (:...unitKinds)', { party: [...PARTY_KINDS], unitKinds })
    .getRawMany<{ hostId: number | string; kind: OrganizationKind }>();
  const currentOf = new Map<number, OrganizationKind>();
  for (const h of hosted) {
    const id = Number(h.hostId);
    const best = currentOf.get(id);
    if (best === undefined || rank.indexOf(h.kind) > rank.indexOf(best)) currentOf.set(id, h.kind);
  }

  return units.map((u) => {
    const { full, members } = (u.kind === OrganizationKind.ENTERPRISE ? byEmployer.get(u.id) : byChamberPath.get(u.path)) ?? { full: 0, members: 0 };
    const { form, reasons } = eligibleForm(full, members, rules);
    return { organizationId: u.id, organizationName: u.name, kind: u.kind, fullMembers: full, members, eligibleForm: form, reasons, currentForm: currentOf.get(u.id) ?? null };
  });
}
