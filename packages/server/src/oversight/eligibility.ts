import { Arg, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeToSubtree } from '../access/scope';
import { parseId } from '../common/list';
import type { Database } from '../db/database';
import { Ctx, type GraphQLContext } from '../graphql/context';
import { Organization, OrganizationKind, PARTY_KINDS } from '../organizations/organization.entity';
import { MembershipStatus, Person } from '../people/person.entity';
import { DEFAULT_RULES, loadRules, type RuleValues } from '../organizations/organization.rules-settings';


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

@ObjectType({ description: 'What party organization a chamber or an enterprise may form, from its members, and what it has' })
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
  const qb = scopeToSubtree(db.manager.createQueryBuilder(Organization, 'o'), 'o.path', actor)
    .andWhere('o.kind IN (:...kinds)', { kinds: [OrganizationKind.CHAMBER, OrganizationKind.ENTERPRISE] })
    .andWhere('o.archivedAt IS NULL');
  if (within) {
    const root = await db.manager.findOneBy(Organization, { id: parseId(within) ?? -1 });
    if (!root || !actorSees(actor, root.path)) return [];
    qb.andWhere('o.path LIKE :prefix', { prefix: `${root.path}%` });
  }
  const units = await qb.orderBy('o.kind', 'ASC').addOrderBy('o.namePinyin', 'ASC').getMany();
  if (!units.length) return [];
  const rules = await loadRules(db.manager);
  const ids = units.map((u) => u.id);
  const statuses = [MembershipStatus.FULL, MembershipStatus.PROBATIONARY];
  const byEmployer: { id: number | string; status: MembershipStatus; n: number | string }[] = await db.manager
    .createQueryBuilder(Person, 'p')
    .select('p.employerId', 'id')
    .addSelect('p.membershipStatus', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('p.employerId IN (:...ids) AND p.membershipStatus IN (:...statuses) AND p.archivedAt IS NULL', { ids, statuses })
    .groupBy('p.employerId')
    .addGroupBy('p.membershipStatus')
    .getRawMany();
  const kept: { path: string; status: MembershipStatus; n: number | string }[] = await db.manager
    .createQueryBuilder(Person, 'p')
    .innerJoin(Organization, 'k', 'k.id = p.organizationId')
    .select('k.path', 'path')
    .addSelect('p.membershipStatus', 'status')
    .addSelect('COUNT(*)', 'n')
    .where('p.membershipStatus IN (:...statuses) AND p.archivedAt IS NULL', { statuses })
    .groupBy('k.path')
    .addGroupBy('p.membershipStatus')
    .getRawMany();
  const hosted = await db.manager
    .createQueryBuilder(Organization, 'h')
    .where('h.hostId IN (:...ids) AND h.kind IN (:...party) AND h.archivedAt IS NULL', { ids, party: [...PARTY_KINDS] })
    .getMany();
  const rank = [OrganizationKind.JOINT_BRANCH, OrganizationKind.BRANCH, OrganizationKind.GENERAL_BRANCH, OrganizationKind.PARTY_COMMITTEE];
  return units.map((u) => {
    const rows = u.kind === OrganizationKind.ENTERPRISE ? byEmployer.filter((r) => Number(r.id) === u.id) : kept.filter((r) => r.path.startsWith(u.path));
    const full = rows.filter((r) => r.status === MembershipStatus.FULL).reduce((sum, r) => sum + Number(r.n), 0);
    const members = rows.reduce((sum, r) => sum + Number(r.n), 0);
    const { form, reasons } = eligibleForm(full, members, rules);
    const current = hosted.filter((h) => h.hostId === u.id).map((h) => h.kind).sort((a, b) => rank.indexOf(b) - rank.indexOf(a))[0] ?? null;
    return { organizationId: u.id, organizationName: u.name, kind: u.kind, fullMembers: full, members, eligibleForm: form, reasons, currentForm: current };
  });
}

@Resolver()
export class EligibilityResolver {
  @Query(() => [UnitEligibility], { description: 'For each chamber and member enterprise in scope: the party organization its members allow, with the reasons, and what it has' })
  organizationEligibility(@Arg('withinOrganization', () => ID, { nullable: true }) within: string | null, @Ctx() ctx: GraphQLContext): Promise<UnitEligibility[]> {
    return eligibility(ctx.db, ctx.actor, within);
  }
}
