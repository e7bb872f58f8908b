import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeToSubtree } from '../access/scope';
import { Brackets } from 'typeorm';
import { LIKE_ESCAPE, likeContains, parseId } from '../common/list';
import { JointBranchEnterprise } from '../organizations/joint-branch';
import type { Database } from '../db/database';
import { Organization, OrganizationKind, PARTY_KINDS } from '../organizations/organization.entity';
import { ancestorIds } from '../organizations/organization.rules';
import { MembershipStatus, Person } from '../people/person.entity';

/** Enterprise, as coverage sees it. */
export interface EnterpriseCoverage {
  id: number;
  name: string;
  chamberId: number;
  /** Party members (full or probationary) working there. */
  members: number;
  /** It hosts a party organization of its own. */
  ownOrganization: boolean;
  /** Its members are kept by a party organization (its own, a joint branch, the chamber's). */
  inPartyOrganization: boolean;
  /** Someone there is the party-building liaison (党建联络员). */
  liaison: boolean;
  /** A joint branch takes it in. */
  jointBranch: boolean;
}

export interface CoverageFigures {
  enterprises: number;
  enterprisesWithMembers: number;
  organizationCovered: number;
  /** organizationCovered / enterprisesWithMembers */
  organizationCoverage: number;
  workCovered: number;
  /** workCovered / enterprises */
  workCoverage: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
const SEATED_STATUSES = [MembershipStatus.FULL, MembershipStatus.PROBATIONARY];
export const LIAISON_POST = '党建联络员';

/** Whether an enterprise counts as covered by a party organization. */
export const organizationCovered = (e: EnterpriseCoverage) => e.members > 0 && (e.ownOrganization || e.inPartyOrganization || e.jointBranch);
/** Whether party work reaches an enterprise: a party organization, or a liaison. */
export const workCovered = (e: EnterpriseCoverage) => e.ownOrganization || e.inPartyOrganization || e.jointBranch || e.liaison;

export function figures(enterprises: EnterpriseCoverage[]): CoverageFigures {
  const withMembers = enterprises.filter((e) => e.members > 0).length;
  const org = enterprises.filter(organizationCovered).length;
  const work = enterprises.filter(workCovered).length;
  return {
    enterprises: enterprises.length,
    enterprisesWithMembers: withMembers,
    organizationCovered: org,
    organizationCoverage: ratio(org, withMembers),
    workCovered: work,
    workCoverage: ratio(work, enterprises.length),
  };
}

/**
 * The two coverages (两个覆盖) of the member enterprises in the actor's scope, and chamber
 * coverage: organization coverage = enterprises with party members whose members sit in a
 * party organization (their own, a joint branch's or the chamber's) / enterprises with party
 * members; work coverage = enterprises reached by a party organization or a liaison / all member
 * enterprises; chamber coverage = chambers with a party organization / chambers supervised.
 */
export class CoverageService {
  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  async enterprises(within?: string | null): Promise<{ chambers: Organization[]; enterprises: EnterpriseCoverage[]; chambersWithParty: Set<number> }> {
    requirePermission(this.actor, 'oversight:read');
    let prefix: string | null = null;
    if (within) {
      const root = await this.db.manager.findOneBy(Organization, { id: parseId(within) ?? -1 });
      if (!root || !actorSees(this.actor, root.path)) return { chambers: [], enterprises: [], chambersWithParty: new Set() };
      prefix = root.path;
    }
    const scoped = () => {
      const qb = scopeToSubtree(this.db.manager.createQueryBuilder(Organization, 'o'), 'o.path', this.actor).andWhere('o.archivedAt IS NULL');
      if (prefix) qb.andWhere('o.path LIKE :prefix', { prefix: `${prefix}%` });
      return qb;
    };
    const chambers = await scoped().andWhere('o.kind = :chamber', { chamber: OrganizationKind.CHAMBER }).orderBy('o.namePinyin', 'ASC').getMany();
    const enterprises = await scoped().andWhere('o.kind = :enterprise', { enterprise: OrganizationKind.ENTERPRISE }).select(['o.id', 'o.name', 'o.parentId', 'o.path']).getMany();
    const party = await scoped().andWhere('o.kind IN (:...party)', { party: [...PARTY_KINDS] }).select(['o.id', 'o.hostId', 'o.path']).getMany();
    const hosts = new Set(party.map((p) => p.hostId).filter((id): id is number => id !== null));
    const chamberIds = new Set(chambers.map((c) => c.id));
    const chambersWithParty = new Set(party.flatMap((p) => ancestorIds(p.path)).filter((id) => chamberIds.has(id)));
    const partyIds = new Set(party.map((p) => p.id));
    // People and joint-branch links are read through the same scope as the enterprises, so neither needs a list of ids.
    const employers = () => {
      const qb = this.db.manager.createQueryBuilder(Person, 'p').innerJoin(Organization, 'pe', 'pe.id = p.employerId');
      scopeToSubtree(qb, 'pe.path', this.actor).andWhere('pe.kind = :enterprise AND pe.archivedAt IS NULL', { enterprise: OrganizationKind.ENTERPRISE });
      if (prefix) qb.andWhere('pe.path LIKE :prefix', { prefix: `${prefix}%` });
      return qb;
    };
    const people: { employerId: number | string; organizationId: number | string; posts: string | null; membershipStatus: MembershipStatus }[] = enterprises.length
      ? await employers()
          .select(['p.employerId AS employerId', 'p.organizationId AS organizationId', 'p.posts AS posts', 'p.membershipStatus AS membershipStatus'])
          .andWhere('p.archivedAt IS NULL')
          .andWhere(new Brackets((w) => w.where('p.membershipStatus IN (:...seated)', { seated: SEATED_STATUSES }).orWhere(`p.posts LIKE :liaison ${LIKE_ESCAPE}`, { liaison: likeContains(LIAISON_POST) })))
          .getRawMany()
      : [];
    const byEmployer = new Map<number, typeof people>();
    for (const p of people) {
      const id = Number(p.employerId);
      const list = byEmployer.get(id) ?? [];
      list.push(p);
      byEmployer.set(id, list);
    }
    const joined = new Set((await this.db.manager.createQueryBuilder(JointBranchEnterprise, 'j').select('j.enterpriseId', 'id').getRawMany<{ id: number | string }>()).map((r) => Number(r.id)));
    return {
      chambers,
      chambersWithParty,
      enterprises: enterprises.map((e) => {
        const staff = byEmployer.get(e.id) ?? [];
        const members = staff.filter((p) => SEATED_STATUSES.includes(p.membershipStatus));
        return {
          id: e.id,
          name: e.name,
          chamberId: e.parentId!,
          members: members.length,
          ownOrganization: hosts.has(e.id),
          inPartyOrganization: members.some((p) => partyIds.has(Number(p.organizationId))),
          liaison: staff.some((p) => (p.posts ?? '').includes(LIAISON_POST)),
          jointBranch: joined.has(e.id),
        };
      }),
    };
  }
}
