import { expectVersion, writeVersioned } from '../db/versioned';
import { forUpdate, readShared } from '../db/transaction';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission, scopeCondition, withinOrganization } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { BadInputError, GuardFailedError } from '../kernel/errors';
import { NO_ROWS, inOrderOf, pageOf, rowCount, type ReportRows, type ReportWindow } from '../kernel/report-page';
import { Organization, OrganizationKind, PARTY_KINDS, namedOrganization, type OrganizationUses } from '../organizations';
import type { CreateMeetingArgs, MeetingFilter, RecordMeetingArgs, SetRequirementArgs, UpdateMeetingArgs } from './meeting.args';
import { Meeting, MeetingBand, MeetingRequirement, MeetingStatus, MeetingType, MeetingYear } from './meeting.entity';
import { ReportSubtree } from './subtree';
import { BandChanges, rebandOrganization, recountBands, type BandedState } from './meeting.bands';
import { requireReportYear } from './chamber-year';
import { DEFAULT_REQUIREMENTS, endedPeriods, monthsEnded, regularity, slotStart, tallyOf, type HeldMeeting, type RegularityResult, type Requirement } from './meeting.rules';

const RECORD = 'Meeting';
const AUDITED = ['type', 'topic', 'plannedOn', 'heldOn', 'status', 'expectedCount', 'attendedCount', 'location'] as const;
const SORTS: Record<string, string[]> = { id: ['m.id'], plannedOn: ['m.plannedOn'], heldOn: ['m.heldOn'], type: ['m.type', 'm.plannedOn'], status: ['m.status', 'm.plannedOn'] };

export interface OrganizationRegularity extends RegularityResult {
  organizationId: number;
  organizationName: string;
  organizationKind: OrganizationKind;
}

/** Party organizations by their regularity in a year, counted by the database. */
export interface RegularitySummary {
  organizations: number;
  /** Mean of the organizations' regularity (each rounded to three places, as the list shows it). */
  average: number;
  regular: number;
  partial: number;
  irregular: number;
  /** Organizations whose meetings of the year all fell on one day. */
  annualOnly: number;
}

/** Party organizations of one kind with one count of periods met, and how many held every meeting on one day. */
interface BandCount {
  kind: OrganizationKind;
  compliant: number | string;
  n: number | string;
  annualOnly: number | string | null;
}

/** Each party kind's periods ended by `today` in `year`, over its requirements: what its rates divide by. */
function elapsedByKind(requirements: Requirement[], year: number, today: string): Map<OrganizationKind, number> {
  const elapsed = new Map<OrganizationKind, number>();
  for (const r of requirements) elapsed.set(r.organizationKind, (elapsed.get(r.organizationKind) ?? 0) + endedPeriods(r, year, today));
  return elapsed;
}

/** The summary of bands, each organization's rate rounded as the list shows it. */
function summaryOf(rows: BandCount[], elapsedOf: Map<OrganizationKind, number>): RegularitySummary {
  const summary: RegularitySummary = { organizations: 0, average: 0, regular: 0, partial: 0, irregular: 0, annualOnly: 0 };
  let sum = 0;
  for (const row of rows) {
    const n = Number(row.n);
    const elapsed = elapsedOf.get(row.kind) ?? 0;
    const rate = elapsed === 0 ? 1 : Math.round((Number(row.compliant) / elapsed) * 1000) / 1000;
    summary.organizations += n;
    summary.annualOnly += Number(row.annualOnly ?? 0);
    sum += rate * n;
    if (rate >= 1) summary.regular += n;
    else if (rate >= 0.6) summary.partial += n;
    else summary.irregular += n;
  }
  summary.average = summary.organizations ? Math.round((sum / summary.organizations) * 1000) / 1000 : 0;
  return summary;
}

export class MeetingService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<Meeting, MeetingFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    readonly today: () => string = () => todayInChina(),
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: Meeting,
      alias: 'm',
      // A meeting's organization cannot be deleted while it names it (db/references.ts): only the
      // statements that read it (the scope below the whole tree, a subtree filter) join it.
      joins: [{ entity: Organization, alias: 'mo', on: 'mo.id = m.organizationId', whenRead: true }],
      sorts: SORTS,
      defaultSort: 'plannedOn',
      where: (filter) => this.conditions(filter),
    });
  }

  async get(id: string | number): Promise<Meeting> {
    requirePermission(this.actor, 'oversight:read');
    return this.engine.get(id);
  }

  async list(args: ListArgsShape<MeetingFilter>, columns?: ReadonlySet<string> | null): Promise<Meeting[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.engine.rows(args, columns);
  }

  async count(filter: MeetingFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'oversight:read');
    return this.engine.count(filter);
  }

  /** The one place meeting filters become SQL, on the alias `m` with the holding organization `mo`, whose place in the tree is the scope. */
  private conditions(filter: MeetingFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'mo.path', this.actor);
    if (filter.q?.trim()) where.add(`m.topic LIKE ? ${LIKE_ESCAPE}`, likeContains(filter.q.trim()));
    if (filter.organizationId) where.add('m.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.withinOrganization) {
      where.and(withinOrganization(this.db, 'mo.path', parseId(filter.withinOrganization) ?? -1));
    }
    if (filter.type) where.add('m.type = ?', filter.type);
    if (filter.status) where.add('m.status = ?', filter.status);
    if (filter.plannedOn_gte) where.add('m.plannedOn >= ?', filter.plannedOn_gte);
    if (filter.plannedOn_lte) where.add('m.plannedOn <= ?', filter.plannedOn_lte);
    return where;
  }

  async create(args: CreateMeetingArgs): Promise<Meeting> {
    requirePermission(this.actor, 'meeting:write');
    return this.db.write(async (em) => {
      const organization = await this.partyOrganization(em, args.organizationId);
      const saved = await em.save(
        em.create(Meeting, { organizationId: organization.id, type: args.type, topic: args.topic.trim(), plannedOn: args.plannedOn, location: args.location?.trim() || null, expectedCount: args.expectedCount ?? null }),
      );
      await this.audit.record(em, this.actor, { action: 'meeting.plan', recordType: RECORD, recordId: saved.id, organizationId: organization.id, changes: diffChanges(null, saved, AUDITED) });
      return saved;
    });
  }

  async update(args: UpdateMeetingArgs): Promise<Meeting> {
    return this.change(args.id, args.version, 'meeting.update', (current) => {
      if (args.topic === null || args.plannedOn === null) throw BadInputError.field(args.topic === null ? 'topic' : 'plannedOn', 'required', 'cannot be empty');
      return {
        topic: args.topic?.trim() ?? current.topic,
        plannedOn: args.plannedOn ?? current.plannedOn,
        location: args.location !== undefined ? args.location?.trim() || null : current.location,
        expectedCount: args.expectedCount !== undefined ? args.expectedCount : current.expectedCount,
      };
    });
  }

  /** Records that a meeting was held, with its attendance and minutes. */
  async recordHeld(args: RecordMeetingArgs): Promise<Meeting> {
    return this.change(args.id, args.version, 'meeting.record', (current) => {
      if (current.status === MeetingStatus.CANCELLED) throw new GuardFailedError([{ rule: 'statusOrder', message: 'the meeting was cancelled' }]);
      const today = this.today();
      if (args.heldOn > today) throw BadInputError.field('heldOn', 'future', `${args.heldOn} is in the future (today is ${today})`);
      const expected = args.expectedCount ?? current.expectedCount;
      if (expected !== null && args.attendedCount > expected) throw BadInputError.field('attendedCount', 'moreThanExpected', `more attended (${args.attendedCount}) than were expected (${expected})`);
      return { status: MeetingStatus.HELD, heldOn: args.heldOn, attendedCount: args.attendedCount, expectedCount: expected, minutes: args.minutes?.trim() || null };
    });
  }

  async cancel(id: string, version: number): Promise<Meeting> {
    return this.change(id, version, 'meeting.cancel', (current) => {
      if (current.status !== MeetingStatus.PLANNED) throw new GuardFailedError([{ rule: 'statusOrder', message: `the meeting is ${current.status}` }]);
      return { status: MeetingStatus.CANCELLED };
    });
  }

  private async change(id: string, version: number | null | undefined, action: string, decide: (current: Meeting) => Partial<Meeting>): Promise<Meeting> {
    requirePermission(this.actor, 'meeting:write');
    return this.db.write(async (em) => {
      const current = await this.engine.locked(em, id);
      expectVersion('meeting', current, version);
      if (!(await writeVersioned(em, Meeting, 'meeting', current, decide(current)))) return current;
      const updated = await em.findOneByOrFail(Meeting, { id: current.id });
      const years = [current, updated].filter((m) => m.status === MeetingStatus.HELD && m.heldOn).map((m) => Number(String(m.heldOn).slice(0, 4)));
      if (years.length) await tallyMeetings(em, { organizationId: current.organizationId, years });
      await this.audit.record(em, this.actor, { action, recordType: RECORD, recordId: current.id, organizationId: current.organizationId, changes: diffChanges(current, updated, AUDITED) });
      return updated;
    });
  }

  /** The requirements in force: the database's settings over the defaults of 三会一课. */
  requirements(manager: EntityManager = this.db.manager): Promise<Requirement[]> {
    return requirementsIn(manager);
  }

  async requirementsInForce(): Promise<Requirement[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.requirements();
  }

  async setRequirement(args: SetRequirementArgs): Promise<Requirement[]> {
    requirePermission(this.actor, 'oversight:configure');
    if (!PARTY_KINDS.includes(args.organizationKind)) throw BadInputError.field('organizationKind', 'partyKind', 'meetings are required of party organizations');
    return this.db.write(async (em) => {
      const existing = await em.findOneBy(MeetingRequirement, { organizationKind: args.organizationKind, type: args.type });
      if (existing) await em.update(MeetingRequirement, { id: existing.id }, { period: args.period, minCount: args.minCount });
      else await em.insert(MeetingRequirement, { organizationKind: args.organizationKind, type: args.type, period: args.period, minCount: args.minCount });
      await this.audit.record(em, this.actor, {
        action: 'meeting.requirement',
        recordType: 'MeetingRequirement',
        changes: { [`${args.organizationKind}:${args.type}`]: [existing ? `${existing.minCount}/${existing.period}` : null, `${args.minCount}/${args.period}`] },
      });
      // Every tally holds the periods met under the requirements, so a change rewrites them all.
      await tallyMeetings(em, null);
      return this.requirements(em);
    });
  }

  /**
   * Per party organization of the subtree, as SQL over `o` joined to its year's tally `y`: how many
   * ended periods of the year had their meetings (`compliant`), read from the tally's flags with
   * the day's count of ended periods, so nothing is grouped per meeting and nothing moves at
   * midnight. `rate` is the organization's regularity as the list shows it (rounded to three
   * places), to order by; `oneDay` whether its held meetings all fell on one day.
   */
  private async compliantPeriods(year: number, subtree: ReportSubtree): Promise<{ query: SelectQueryBuilder<Organization>; compliant: string; rate: string; oneDay: string; elapsedOf: Map<OrganizationKind, number> }> {
    const today = this.today();
    const requirements = await this.requirements();
    const params: Record<string, unknown> = { kinds: [...PARTY_KINDS], year };
    const elapsedOf = elapsedByKind(requirements, year, today);
    const terms = new Map<OrganizationKind, string[]>();
    for (const r of requirements) {
      const ended = endedPeriods(r, year, today);
      // The '1's among the slot's first `ended` flags: what `regularity` counts for the requirement.
      if (ended) terms.set(r.organizationKind, [...(terms.get(r.organizationKind) ?? []), `(${ended} - LENGTH(REPLACE(SUBSTR(y.met, ${slotStart(r.organizationKind, r.type)}, ${ended}), '1', '')))`]);
    }
    const kinds = [...terms.entries()];
    kinds.forEach(([kind], k) => (params[`rk${k}`] = kind));
    const compliant = kinds.length ? `COALESCE(CASE o.kind ${kinds.map(([, t], k) => `WHEN :rk${k} THEN ${t.join(' + ')}`).join(' ')} END, 0)` : '0';
    // compliant / elapsed, 1 for a kind with no period ended yet; `* 1.0` keeps MySQL's arithmetic exact (DECIMAL).
    const rates = [...elapsedOf.entries()].filter(([, elapsed]) => elapsed > 0);
    rates.forEach(([kind, elapsed], k) => Object.assign(params, { [`ek${k}`]: kind, [`ev${k}`]: elapsed }));
    const rate = rates.length ? `CASE o.kind ${rates.map((_, k) => `WHEN :ek${k} THEN ROUND(${compliant} * 1.0 / :ev${k}, 3)`).join(' ')} ELSE 1 END` : '1';
    const query = subtree
      .restrict(this.db.manager.createQueryBuilder(Organization, 'o'), 'o.path')
      .leftJoin(MeetingYear, 'y', 'y.organizationId = o.id AND y.year = :year')
      .andWhere('o.kind IN (:...kinds) AND o.archivedAt IS NULL')
      .setParameters(params);
    return { query, compliant, rate, oneDay: 'CASE WHEN y.firstHeld = y.lastHeld THEN 1 ELSE 0 END', elapsedOf };
  }

  /**
   * The bands of `regularity` over the whole scope: the organizations grouped by kind and count of
   * periods met, so the answer has a few dozen rows at any size.
   */
  async regularitySummary(year: number): Promise<RegularitySummary> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = ReportSubtree.scope(this.actor);
    if (subtree.whole) return this.keptSummary(year);
    const { query, compliant, oneDay, elapsedOf } = await this.compliantPeriods(year, subtree);
    query.select('o.kind', 'kind').addSelect(compliant, 'compliant').addSelect('COUNT(*)', 'n').addSelect(`SUM(${oneDay})`, 'annualOnly').groupBy('o.kind').addGroupBy('compliant');
    return summaryOf(await this.db.bulkAggregateRows<BandCount>(query), elapsedOf);
  }

  /**
   * The whole country's bands as the writes keep them (`meeting_band`): the rows of the day's
   * count of ended months, and the party organizations without a tally that year, none of whose
   * periods were met, from the count of party organizations per kind.
   */
  private async keptSummary(year: number): Promise<RegularitySummary> {
    const today = this.today();
    const elapsedOf = elapsedByKind(await this.requirements(), year, today);
    const m = this.db.manager;
    const [bands, parties] = await Promise.all([
      m
        .createQueryBuilder(MeetingBand, 'b')
        .select('b.kind', 'kind')
        .addSelect('b.compliant', 'compliant')
        .addSelect('b.organizations', 'n')
        .addSelect('b.annualOnly', 'annualOnly')
        .where('b.year = :year AND b.monthsEnded = :months AND b.organizations > 0', { year, months: monthsEnded(year, today) })
        .getRawMany<BandCount>(),
      m
        .createQueryBuilder(Organization, 'o')
        .select('o.kind', 'kind')
        .addSelect('COUNT(*)', 'n')
        .where('o.kind IN (:...kinds) AND o.archivedAt IS NULL', { kinds: [...PARTY_KINDS] })
        .groupBy('o.kind')
        .getRawMany<{ kind: OrganizationKind; n: number | string }>(),
    ]);
    const untallied = parties.map((p) => ({ kind: p.kind, compliant: 0, annualOnly: 0, n: Number(p.n) - bands.filter((b) => b.kind === p.kind).reduce((sum, b) => sum + Number(b.n), 0) }));
    return summaryOf([...bands, ...untallied.filter((u) => u.n > 0)], elapsedOf);
  }

  /**
   * A page of `regularity`, least regular first (then by name), optionally only the organizations
   * whose meetings of the year all fell on one day: ordered and counted by the database, and the
   * page's rows computed as the whole list computes them.
   */
  async regularityPage(year: number, within: string | null | undefined, annualOnly: boolean, window: ReportWindow): Promise<ReportRows<OrganizationRegularity>> {
    requirePermission(this.actor, 'oversight:read');
    requireReportYear(year);
    const subtree = await ReportSubtree.of(this.db.manager, this.actor, within);
    if (!subtree) return NO_ROWS;
    const { query, rate, oneDay } = await this.compliantPeriods(year, subtree);
    if (annualOnly) query.andWhere(`${oneDay} = 1`);
    return pageOf(await rowCount(query), window, async ({ offset, limit }) => {
      const page = await query.select('o.id', 'id').addSelect(rate, 'rate').orderBy('rate', 'ASC').addOrderBy('o.namePinyin', 'ASC').addOrderBy('o.id', 'ASC').offset(offset).limit(limit).getRawMany<{ id: number | string }>();
      const ids = page.map((r) => Number(r.id));
      return inOrderOf(ids, await this.regularityRows(year, subtree, (qb, alias) => qb.andWhere(`${alias}.id IN (:...ids)`, { ids })), (r) => r.organizationId);
    });
  }

  /** Regularity per party organization in the actor's scope (or below `within`) for a year, by name. */
  async regularity(year: number, within: string | null | undefined, organizationId?: string | null): Promise<OrganizationRegularity[]> {
    requirePermission(this.actor, 'oversight:read');
    const subtree = await ReportSubtree.of(this.db.manager, this.actor, within);
    if (!subtree) return [];
    return this.regularityRows(year, subtree, (qb, alias) => (organizationId ? qb.andWhere(`${alias}.id = :id`, { id: parseId(organizationId) ?? -1 }) : qb));
  }

  private async regularityRows(
    year: number,
    subtree: ReportSubtree,
    narrow: <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) => SelectQueryBuilder<T>,
  ): Promise<OrganizationRegularity[]> {
    // The organizations and their held meetings are read with the same conditions, so neither
    // needs a list of ids (tens of thousands at national size).
    const restrict = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) =>
      narrow(subtree.restrict(qb, `${alias}.path`).andWhere(`${alias}.kind IN (:...kinds)`, { kinds: [...PARTY_KINDS] }).andWhere(`${alias}.archivedAt IS NULL`), alias);
    const orgs = await restrict(this.db.manager.createQueryBuilder(Organization, 'o'), 'o').orderBy('o.namePinyin', 'ASC').addOrderBy('o.id', 'ASC').getMany();
    if (!orgs.length) return [];
    const requirements = await this.requirements();
    const held: { organizationId: number | string; type: MeetingType; heldOn: string }[] = await restrict(
      this.db.manager.createQueryBuilder(Meeting, 'm').innerJoin(Organization, 'mo', 'mo.id = m.organizationId'),
      'mo',
    )
      .select('m.organizationId', 'organizationId')
      .addSelect('m.type', 'type')
      .addSelect('m.heldOn', 'heldOn')
      .andWhere('m.status = :held', { held: MeetingStatus.HELD })
      .andWhere('m.heldOn >= :from AND m.heldOn <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
      .getRawMany();
    const today = this.today();
    const heldBy = new Map<number, { type: MeetingType; heldOn: string }[]>();
    for (const h of held) {
      const list = heldBy.get(Number(h.organizationId)) ?? [];
      list.push({ type: h.type, heldOn: String(h.heldOn).slice(0, 10) });
      heldBy.set(Number(h.organizationId), list);
    }
    return orgs.map((o) => ({
      organizationId: o.id,
      organizationName: o.name,
      organizationKind: o.kind,
      ...regularity(
        requirements.filter((r) => r.organizationKind === o.kind),
        heldBy.get(o.id) ?? [],
        year,
        today,
      ),
    }));
  }

  private async partyOrganization(em: EntityManager, id: string): Promise<Organization> {
    const found = await namedOrganization(em, this.actor, 'organizationId', id);
    if (!PARTY_KINDS.includes(found.kind)) throw BadInputError.field('organizationId', 'partyKind', 'meetings are held by party organizations');
    return found;
  }
}


/**
 * The requirements in force: the database's settings over the defaults of 三会一课. `shared`: read
 * as last committed and held until the transaction ends, for a write that derives tallies from them.
 */
export async function requirementsIn(manager: EntityManager, shared = false): Promise<Requirement[]> {
  const query = manager
    .createQueryBuilder(MeetingRequirement, 'r')
    .select('r.organizationKind', 'organizationKind')
    .addSelect('r.type', 'type')
    .addSelect('r.period', 'period')
    .addSelect('r.minCount', 'minCount')
    .orderBy('r.id');
  const overrides: Requirement[] = shared ? await readShared(manager, query) : await query.getRawMany();
  const key = (r: { organizationKind: OrganizationKind; type: MeetingType }) => `${r.organizationKind}:${r.type}`;
  const merged = new Map(DEFAULT_REQUIREMENTS.map((r) => [key(r), r]));
  for (const o of overrides) merged.set(key(o), { organizationKind: o.organizationKind, type: o.type, period: o.period, minCount: Number(o.minCount) });
  return [...merged.values()];
}

/** Organizations whose meetings a full rewrite of the tallies reads at once. */
const TALLY_BATCH = 500;

/**
 * Rewrites the tallies (`MeetingYear`) of one organization's years from its held meetings, inside
 * the write that moved them; or, with `which` null, of every organization, after the requirements
 * changed or meetings were written in bulk. On MySQL / MariaDB the organization's row is locked
 * first and its meetings read with a locking read, so two writers of one organization's meetings
 * queue and neither tallies what the other has not committed; the requirements are read shared,
 * so a requirement being changed waits for the tally or the tally for it; and a full rewrite reads
 * the held meetings shared, so none held meanwhile is left out. The regularity bands follow in
 * the same transaction (meeting.bands.ts): the organization's years taken out and put back as
 * rewritten, or all of them counted again; `bands: false` only for the migration that made the
 * tallies, before the bands' table existed.
 */
export async function tallyMeetings(em: EntityManager, which: { organizationId: number; years: number[] } | null, options: { bands: boolean } = { bands: true }): Promise<void> {
  const requirements = await requirementsIn(em, true);
  const heldOf = async (ids: number[], years: number[] | null) => {
    const qb = em
      .createQueryBuilder(Meeting, 'm')
      .select('m.organizationId', 'organizationId')
      .addSelect('m.type', 'type')
      .addSelect('m.heldOn', 'heldOn')
      .where('m.organizationId IN (:...ids) AND m.status = :held AND m.heldOn IS NOT NULL', { ids, held: MeetingStatus.HELD });
    if (years) qb.andWhere('m.heldOn >= :from AND m.heldOn <= :to', { from: `${Math.min(...years)}-01-01`, to: `${Math.max(...years)}-12-31` });
    // One organization's: FOR UPDATE, a writer's read; all of them: shared.
    const rows: { organizationId: number | string; type: MeetingType; heldOn: string }[] = which ? await forUpdate(qb).getRawMany() : await readShared(em, qb);
    const byYear = new Map<string, { organizationId: number; year: number; held: HeldMeeting[] }>();
    for (const r of rows) {
      const heldOn = String(r.heldOn).slice(0, 10);
      const key = `${r.organizationId}:${heldOn.slice(0, 4)}`;
      const entry = byYear.get(key) ?? { organizationId: Number(r.organizationId), year: Number(heldOn.slice(0, 4)), held: [] };
      entry.held.push({ type: r.type, heldOn });
      byYear.set(key, entry);
    }
    return [...byYear.values()]
      .filter((e) => !years || years.includes(e.year))
      .map((e) => {
        const days = e.held.map((m) => m.heldOn).sort();
        return em.create(MeetingYear, { organizationId: e.organizationId, year: e.year, met: tallyOf(requirements, e.held, e.year), held: e.held.length, firstHeld: days[0], lastHeld: days[days.length - 1] });
      });
  };
  const save = async (rows: MeetingYear[]) => {
    for (let i = 0; i < rows.length; i += TALLY_BATCH) await em.insert(MeetingYear, rows.slice(i, i + TALLY_BATCH));
  };

  if (which) {
    const years = [...new Set(which.years)];
    // The organization's row, locked where rows lock: its kind and archiving place it in the bands.
    const [state] = await forUpdate(em.createQueryBuilder(Organization, 'o').select('o.kind', 'kind').addSelect('o.archivedAt', 'archivedAt').where('o.id = :id', { id: which.organizationId })).getRawMany<BandedState>();
    // As last committed (a locking read), not as the transaction's snapshot saw them: what the bands count now.
    const before = await forUpdate(em.createQueryBuilder(MeetingYear, 'y').where('y.organizationId = :id AND y.year IN (:...years)', { id: which.organizationId, years })).getMany();
    await em.createQueryBuilder().delete().from(MeetingYear).where('organizationId = :id AND year IN (:...years)', { id: which.organizationId, years }).execute();
    const after = await heldOf([which.organizationId], years);
    await save(after);
    if (state && options.bands) await new BandChanges(requirements).add(state, before, -1).add(state, after, 1).write(em);
    return;
  }
  await em.createQueryBuilder().delete().from(MeetingYear).execute();
  const ids: number[] = (
    await readShared<{ id: number | string }>(em, em.createQueryBuilder(Meeting, 'm').select('DISTINCT m.organizationId', 'id').where('m.status = :held AND m.heldOn IS NOT NULL', { held: MeetingStatus.HELD }).orderBy('m.organizationId'))
  ).map((r) => Number(r.id));
  for (let i = 0; i < ids.length; i += TALLY_BATCH) await save(await heldOf(ids.slice(i, i + TALLY_BATCH), null));
  if (options.bands) await recountBands(em, requirements);
}

/** What oversight keeps about an organization's kind and archiving: its place in the regularity bands. */
export const organizationUsesByOversight: OrganizationUses = {
  partyStateChanged(em, organizationId, before, after) {
    return rebandOrganization(em, () => requirementsIn(em, true), organizationId, before, after);
  },
};
