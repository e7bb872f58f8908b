import { registerEnumType } from 'type-graphql';
import type { Actor } from '../access/actor';
import { requirePermission } from '../access/scope';
import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, likeContains } from '../common/list';
import { JointBranchEnterprise } from '../organizations';
import type { Database } from '../db/database';
import { Organization, OrganizationKind, PARTY_KINDS } from '../organizations';
import { ancestorIds } from '../kernel/paths';
import { MembershipStatus, Person } from '../people';
import { NO_ROWS, pageOf, rowCount, type ReportRows, type ReportWindow } from '../kernel/report-page';
import { ReportSubtree } from './subtree';
import { eligibility, type UnitEligibility } from './eligibility.service';
import { ChamberTally } from './tally.entity';
import { LIAISON_POST, SEATED_STATUSES } from './tallies';

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

/** What an uncovered enterprise lacks. */
export enum CoverageGap {
  /** It has party members and no party organization keeps them. */
  ORGANIZATION = 'ORGANIZATION',
  /** Neither a party organization nor a liaison reaches it. */
  WORK = 'WORK',
}

registerEnumType(CoverageGap, { name: 'CoverageGap', description: 'What an uncovered member enterprise lacks' });

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

/** A member enterprise party work does not reach, or not fully. */
export interface UncoveredRow {
  id: number;
  name: string;
  chamberId: number;
  members: number;
  /** It has party members, and no party organization keeps them. */
  missingOrganization: boolean;
  /** Neither a party organization nor a liaison reaches it. */
  missingWork: boolean;
}

/** The home page's coverage: the chambers counted, and the lowest of them with their figures (`CoverageService.chart`). */
export interface CoverageChart {
  chambers: number;
  /** The chambers in scope (not archived). */
  chamberIds: Set<number>;
  chambersWithParty: number;
  overall: CoverageFigures;
  /** The chambers with the lowest coverage, lowest first. */
  lowest: { id: number; name: string; hasPartyOrganization: boolean; figures: CoverageFigures }[];
}

/** A row of `CoverageService.chambers`: the id, and on SQLite whether a party organization is below. */
type ChamberRow = { id: number | string; hasParty?: number | string };

/** Binary order of two strings (pinyin is ASCII), as the database's index orders them. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Coverage per chamber, counted by the database (the home page at national size). */
export interface CoverageSummary {
  /** The chambers in scope, in pinyin order, each with its figures. */
  chambers: { id: number; name: string; hasPartyOrganization: boolean; figures: CoverageFigures }[];
  /** All of them together. */
  overall: CoverageFigures;
  /** Chambers with a party organization anywhere under them. */
  chambersWithParty: number;
}

function figuresOf(enterprises: number, withMembers: number, org: number, work: number): CoverageFigures {
  return {
    enterprises,
    enterprisesWithMembers: withMembers,
    organizationCovered: org,
    organizationCoverage: ratio(org, withMembers),
    workCovered: work,
    workCoverage: ratio(work, enterprises),
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

  /** For each chamber and member enterprise in scope: the party organization its members allow, and what it has (eligibility.service.ts). */
  eligibility(within: string | null): Promise<UnitEligibility[]> {
    return eligibility(this.db, this.actor, within);
  }

  /**
   * The member enterprises of the subtree as SQL over `e`, joined to what coverage asks of each:
   * `s` its seated members and those kept by a party organization, `li` a liaison working there;
   * `covered` is true when a party organization reaches it, `liaison` when a liaison does.
   */
  private enterpriseFacts(subtree: ReportSubtree): { query: SelectQueryBuilder<Organization>; covered: string; liaison: string } {
    const m = this.db.manager;
    const party = [...PARTY_KINDS];
    // People are read through their employer's place in the tree only when the scope needs it.
    const people = (alias: string) => {
      const qb = m.createQueryBuilder(Person, alias);
      if (!subtree.whole) subtree.restrict(qb.innerJoin(Organization, `${alias}e`, `${alias}e.id = ${alias}.employerId`), `${alias}e.path`);
      return qb.andWhere(`${alias}.archivedAt IS NULL`);
    };
    // Seated members per employer, and those kept by a party organization (index IDX_person_seated).
    const members = people('p')
      .innerJoin(Organization, 'k', 'k.id = p.organizationId')
      .select('p.employerId', 'employerId')
      .addSelect('COUNT(*)', 'members')
      .addSelect('SUM(CASE WHEN k.kind IN (:...party) AND k.archivedAt IS NULL THEN 1 ELSE 0 END)', 'inParty')
      .andWhere('p.membershipStatus IN (:...seated)')
      .groupBy('p.employerId');
    // Employers with a liaison: only people holding a post are read (index IDX_person_posts).
    const liaisons = people('l').select('DISTINCT l.employerId', 'employerId').andWhere(`l.posts IS NOT NULL AND l.posts LIKE :liaison ${LIKE_ESCAPE}`);
    // A party organization of its own, or a joint branch: one index probe per enterprise in scope.
    const own = 'EXISTS (SELECT 1 FROM organization ho WHERE ho.hostId = e.id AND ho.kind IN (:...party) AND ho.archivedAt IS NULL)';
    const joint = 'EXISTS (SELECT 1 FROM joint_branch_enterprise jb WHERE jb.enterpriseId = e.id)';
    const query = subtree
      .restrict(m.createQueryBuilder(Organization, 'e'), 'e.path')
      .leftJoin(`(${members.getQuery()})`, 's', 's.employerId = e.id')
      .leftJoin(`(${liaisons.getQuery()})`, 'li', 'li.employerId = e.id')
      .andWhere('e.kind = :enterprise AND e.archivedAt IS NULL')
      .setParameters({ ...members.getParameters(), ...liaisons.getParameters(), enterprise: OrganizationKind.ENTERPRISE, seated: SEATED_STATUSES, party, liaison: likeContains(LIAISON_POST) });
    return { query, covered: `(${own} OR COALESCE(s.inParty, 0) > 0 OR ${joint})`, liaison: '(li.employerId IS NOT NULL)' };
  }

  /**
   * A page of the member enterprises party work does not reach, or not fully (the drill-down of
   * coverage), all of them or those with one gap, by name: found, ordered and counted by the
   * database with the summary's conditions.
   */
  async uncoveredPage(within: string | null | undefined, gap: CoverageGap | null, window: ReportWindow): Promise<ReportRows<UncoveredRow>> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = await ReportSubtree.of(this.db.manager, this.actor, within);
    if (!subtree) return NO_ROWS;
    const { query, covered, liaison } = this.enterpriseFacts(subtree);
    const missingOrganization = `COALESCE(s.members, 0) > 0 AND NOT ${covered}`;
    const missingWork = `NOT ${covered} AND NOT ${liaison}`;
    query.andWhere(gap === CoverageGap.ORGANIZATION ? `(${missingOrganization})` : gap === CoverageGap.WORK ? `(${missingWork})` : `((${missingOrganization}) OR (${missingWork}))`);
    return pageOf(await rowCount(query), window, async ({ offset, limit }) => {
      const rows = await query
        .select('e.id', 'id')
        .addSelect('e.name', 'name')
        .addSelect('e.parentId', 'chamberId')
        .addSelect('COALESCE(s.members, 0)', 'members')
        .addSelect(`CASE WHEN ${missingOrganization} THEN 1 ELSE 0 END`, 'missingOrganization')
        .addSelect(`CASE WHEN ${missingWork} THEN 1 ELSE 0 END`, 'missingWork')
        .orderBy('e.namePinyin', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .offset(offset)
        .limit(limit)
        .getRawMany<{ id: number | string; name: string; chamberId: number | string; members: number | string; missingOrganization: number | string; missingWork: number | string }>();
      return rows.map((r) => ({ id: Number(r.id), name: r.name, chamberId: Number(r.chamberId), members: Number(r.members), missingOrganization: Number(r.missingOrganization) === 1, missingWork: Number(r.missingWork) === 1 }));
    });
  }

  /**
   * The same figures as `enterprises` gives, per chamber and overall, counted in SQL: a few
   * statements whose answers grow with the chambers, not with the enterprises or the people.
   */
  async summary(within?: string | null): Promise<CoverageSummary> {
    requirePermission(this.actor, 'oversight:read');
    const m = this.db.manager;
    const subtree = await ReportSubtree.of(m, this.actor, within);
    if (!subtree) return { chambers: [], overall: figuresOf(0, 0, 0, 0), chambersWithParty: 0 };
    const [chambers, counted, hasParty] = await Promise.all([
      this.chambers(subtree)
        .addSelect(['c.name AS name', 'c.shortName AS shortName'])
        .orderBy('c.namePinyin', 'ASC')
        .getRawMany<ChamberRow & { name: string; shortName: string | null }>(),
      this.counted(subtree),
      this.partyBelow(subtree),
    ]);
    const { byChamber, overall } = counted;
    return {
      chambers: chambers.map((c) => ({ id: Number(c.id), name: c.shortName ?? c.name, hasPartyOrganization: hasParty(c), figures: byChamber.get(Number(c.id)) ?? figuresOf(0, 0, 0, 0) })),
      overall,
      chambersWithParty: chambers.filter(hasParty).length,
    };
  }

  /**
   * The home page's part of `summary`: how many chambers, how many with a party organization, the
   * overall figures, and only the `limit` chambers with the lowest coverage (organization coverage,
   * then work coverage, then by name) — named without reading every chamber's name.
   */
  async chart(limit: number): Promise<CoverageChart> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = ReportSubtree.scope(this.actor);
    // The chambers' ids (not their names): the index of kind, archiving and path holds them.
    const [ids, counted, hasParty] = await Promise.all([this.chambers(subtree).getRawMany<ChamberRow>(), this.counted(subtree), this.partyBelow(subtree)]);
    const { byChamber, overall } = counted;
    const partyBelow = new Set(ids.filter(hasParty).map((r) => Number(r.id)));
    const figures = (id: number) => byChamber.get(id) ?? figuresOf(0, 0, 0, 0);
    const chamberIds = ids.map((r) => Number(r.id));
    const lowerFirst = (a: number, b: number) => figures(a).organizationCoverage - figures(b).organizationCoverage || figures(a).workCoverage - figures(b).workCoverage;
    // The ones that can be among the lowest: below the limit-th, or level with it (then by name).
    let candidates = chamberIds;
    if (chamberIds.length > limit) {
      const last = [...chamberIds].sort(lowerFirst)[limit - 1];
      candidates = chamberIds.filter((id) => lowerFirst(id, last) <= 0);
    }
    const named = await this.chamberNames(candidates);
    const lowest = [...candidates]
      .sort((a, b) => (chamberIds.length > limit ? lowerFirst(a, b) : 0) || compareText(named.get(a)?.pinyin ?? '', named.get(b)?.pinyin ?? '') || a - b)
      .slice(0, limit)
      .map((id) => ({ id, name: named.get(id)?.name ?? String(id), hasPartyOrganization: partyBelow.has(id), figures: figures(id) }));
    return { chambers: chamberIds.length, chamberIds: new Set(chamberIds), chambersWithParty: partyBelow.size, overall, lowest };
  }

  /**
   * The chambers of the subtree (not archived) as `c`, their ids selected, and on SQLite whether a
   * party organization (not archived) lies anywhere below each (`hasParty`): a range of the index
   * of kind, archiving and path per chamber.
   */
  private chambers(subtree: ReportSubtree): SelectQueryBuilder<Organization> {
    const qb = subtree
      .restrict(this.db.manager.createQueryBuilder(Organization, 'c'), 'c.path')
      .select('c.id', 'id')
      .andWhere('c.kind = :chamber AND c.archivedAt IS NULL', { chamber: OrganizationKind.CHAMBER });
    if (this.db.dialect !== 'sqlite') return qb;
    const upper = this.db.subtreeEnd('c.path');
    return qb
      .addSelect(`CASE WHEN EXISTS (SELECT 1 FROM organization po WHERE po.kind IN (:...party) AND po.archivedAt IS NULL AND po.path > c.path AND po.path < ${upper}) THEN 1 ELSE 0 END`, 'hasParty')
      .setParameter('party', [...PARTY_KINDS]);
  }

  /**
   * Whether a row of `chambers` has a party organization below it: on SQLite its `hasParty`;
   * MariaDB / MySQL scan the index for a range bounded by another row's column, so there the
   * party organizations' paths are read and each chamber looked for among their ancestors.
   */
  private async partyBelow(subtree: ReportSubtree): Promise<(chamber: ChamberRow) => boolean> {
    if (this.db.dialect === 'sqlite') return (chamber) => Number(chamber.hasParty) > 0;
    const paths = await subtree
      .restrict(this.db.manager.createQueryBuilder(Organization, 'po'), 'po.path')
      .select('po.path', 'path')
      .andWhere('po.kind IN (:...party) AND po.archivedAt IS NULL', { party: [...PARTY_KINDS] })
      .getRawMany<{ path: string }>();
    const ancestors = new Set(paths.flatMap((r) => ancestorIds(r.path)));
    return (chamber) => ancestors.has(Number(chamber.id));
  }

  /** The names of these chambers (short where given); those out of scope are left out. */
  async namesOf(ids: number[]): Promise<Map<number, string>> {
    requirePermission(this.actor, 'oversight:read');
    return new Map([...(await this.chamberNames(ids))].map(([id, c]) => [id, c.name]));
  }

  /** The names (short where given) and pinyin of these chambers in scope, a statement per thousand. */
  private async chamberNames(ids: number[]): Promise<Map<number, { name: string; pinyin: string }>> {
    const named = new Map<number, { name: string; pinyin: string }>();
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await ReportSubtree.scope(this.actor)
        .restrict(this.db.manager.createQueryBuilder(Organization, 'c'), 'c.path')
        .select(['c.id AS id', 'c.name AS name', 'c.shortName AS shortName', 'c.namePinyin AS pinyin'])
        .andWhere('c.id IN (:...ids)', { ids: ids.slice(i, i + 1000) })
        .getRawMany<{ id: number | string; name: string; shortName: string | null; pinyin: string | null }>();
      for (const r of rows) named.set(Number(r.id), { name: r.shortName ?? r.name, pinyin: r.pinyin ?? '' });
    }
    return named;
  }

  /** Coverage per chamber of the subtree and overall, from the sums kept per parent. */
  private async counted(subtree: ReportSubtree): Promise<{ byChamber: Map<number, CoverageFigures>; overall: CoverageFigures }> {
    const m = this.db.manager;
    type PerChamber = { chamberId: number | string; enterprises: number | string; withMembers: number | string | null; org: number | string | null; work: number | string | null };
    // The sums the database keeps per parent as the writes happen (tallies.ts): every member
    // enterprise of the subtree has its parent in the subtree, but for its top organization
    // when that is an enterprise, which is counted from its own facts instead.
    const perChamber = await subtree
      .restrictThrough(m.createQueryBuilder(ChamberTally, 'cc'), 'pa', 'pa.id = cc.chamberId')
      .select('cc.chamberId', 'chamberId')
      .addSelect('cc.enterprises', 'enterprises')
      .addSelect('cc.withMembers', 'withMembers')
      .addSelect('cc.organizationCovered', 'org')
      .addSelect('cc.workCovered', 'work')
      .andWhere('cc.enterprises > 0')
      .getRawMany<PerChamber>();
    if (subtree.rootPath) {
      const { query: top, covered, liaison } = this.enterpriseFacts(subtree);
      perChamber.push(
        ...(await top
          .andWhere('e.path = :top', { top: subtree.rootPath })
          .select('e.parentId', 'chamberId')
          .addSelect('1', 'enterprises')
          .addSelect('CASE WHEN s.members > 0 THEN 1 ELSE 0 END', 'withMembers')
          .addSelect(`CASE WHEN s.members > 0 AND (${covered}) THEN 1 ELSE 0 END`, 'org')
          .addSelect(`CASE WHEN ${covered} OR ${liaison} THEN 1 ELSE 0 END`, 'work')
          .getRawMany<PerChamber>()),
      );
    }
    const byChamber = new Map(perChamber.map((r) => [Number(r.chamberId), figuresOf(Number(r.enterprises), Number(r.withMembers ?? 0), Number(r.org ?? 0), Number(r.work ?? 0))]));
    const total = [...byChamber.values()].reduce((t, f) => ({ e: t.e + f.enterprises, w: t.w + f.enterprisesWithMembers, o: t.o + f.organizationCovered, k: t.k + f.workCovered }), { e: 0, w: 0, o: 0, k: 0 });
    return { byChamber, overall: figuresOf(total.e, total.w, total.o, total.k) };
  }

  async enterprises(within?: string | null): Promise<{ chambers: Organization[]; enterprises: EnterpriseCoverage[]; chambersWithParty: Set<number> }> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = await ReportSubtree.of(this.db.manager, this.actor, within);
    if (!subtree) return { chambers: [], enterprises: [], chambersWithParty: new Set() };
    const scoped = () => subtree.restrict(this.db.manager.createQueryBuilder(Organization, 'o'), 'o.path').andWhere('o.archivedAt IS NULL');
    const chambers = await scoped().andWhere('o.kind = :chamber', { chamber: OrganizationKind.CHAMBER }).orderBy('o.namePinyin', 'ASC').getMany();
    const enterprises = await scoped().andWhere('o.kind = :enterprise', { enterprise: OrganizationKind.ENTERPRISE }).select(['o.id', 'o.name', 'o.parentId', 'o.path']).getMany();
    const party = await scoped().andWhere('o.kind IN (:...party)', { party: [...PARTY_KINDS] }).select(['o.id', 'o.hostId', 'o.path']).getMany();
    const hosts = new Set(party.map((p) => p.hostId).filter((id): id is number => id !== null));
    const chamberIds = new Set(chambers.map((c) => c.id));
    const chambersWithParty = new Set(party.flatMap((p) => ancestorIds(p.path)).filter((id) => chamberIds.has(id)));
    const partyIds = new Set(party.map((p) => p.id));
    // People and joint-branch links are read through the same scope as the enterprises, so neither needs a list of ids.
    const employers = () =>
      subtree
        .restrict(this.db.manager.createQueryBuilder(Person, 'p').innerJoin(Organization, 'pe', 'pe.id = p.employerId'), 'pe.path')
        .andWhere('pe.kind = :enterprise AND pe.archivedAt IS NULL', { enterprise: OrganizationKind.ENTERPRISE });
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
