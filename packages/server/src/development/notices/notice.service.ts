import { differs, effectiveChanges, expectVersion, writeVersioned } from '../../db/versioned';
import { In, IsNull, type EntityManager } from 'typeorm';
import { actorDisplayName, type Actor } from '../../access/actor';
import { actorSees, requirePermission, scopeCondition, withinOrganization } from '../../access/scope';
import { AuditService, diffChanges } from '../../audit/audit.service';
import { addDays, todayInChina } from '../../common/dates';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../../common/list';
import { Conditions } from '../../db/conditions';
import type { Database } from '../../db/database';
import { ListEngine } from '../../db/list-engine';
import { replaceOwnedRows } from '../../db/transaction';
import { DevelopmentCase } from '../cases/case.entity';
import { NOTICE_FOR_STAGE } from '../cases/case.rules';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../../kernel/errors';
import { Organization, PARTY_KINDS, namedOrganization } from '../../organizations';
import { ReportFinding, ReportStatus } from '../reports/report.entity';
import { noticeEnd, noticeHorizon, OFFICIAL_YEARS, WorkingCalendar, type NoticeSpan } from './calendar';
import type { CalendarDayFilter, CreatePublicNoticeArgs, NoticeEndArgs, PublicNoticeFilter, SetCalendarDayArgs, UpdatePublicNoticeArgs } from './notice.args';
import { CalendarDay, DayType, DEFAULT_NOTICE_DAYS, NoticeCase, NoticePhase, noticePhase, noticeSeenInFull, NoticeStage, NoticeState, PublicNotice, type CalendarDayKind } from './notice.entity';
import { publicViews, type PublishedNotice } from './public.service';

const RECORD = 'PublicNotice';

const SORTS: Record<string, string[]> = {
  id: ['n.id'],
  startsOn: ['n.startsOn'],
  endsOn: ['n.endsOn'],
  title: ['n.title'],
  stage: ['n.stage', 'n.startsOn'],
  publishedAt: ['n.publishedAt'],
  updatedAt: ['n.updatedAt'],
};

/** The public list takes no filter; its lookups by id go through the engine's `ids`. */
interface PublishedFilter {
  ids?: string[] | null;
}

const AUDITED_FIELDS = [
  'organizationId',
  'stage',
  'title',
  'body',
  'startsOn',
  'lengthDays',
  'dayType',
  'endsOn',
  'hotline',
  'suggestionBox',
  'publishedAt',
  'publishedById',
  'postedOnPaper',
  'paperReason',
  'paperEvidence',
] as const;

/** SQL: the report `r` still stands in the way (not closed as unsubstantiated). */
const UNCLEARED = `NOT (r.status = '${ReportStatus.CLOSED}' AND r.finding = '${ReportFinding.UNSUBSTANTIATED}')`;

/** A notice's state on a day (China time), from whether it was published, its phase (`noticePhase`) and whether reports on it were all cleared. */
export function noticeState(notice: Pick<PublicNotice, 'publishedAt' | 'startsOn' | 'endsOn'>, today: string, unclearedReports: number): NoticeState {
  if (!notice.publishedAt) return NoticeState.DRAFT;
  const phase = noticePhase(notice, today);
  if (phase === NoticePhase.UPCOMING) return NoticeState.UPCOMING;
  if (phase === NoticePhase.RUNNING) return NoticeState.PUBLISHED;
  return unclearedReports > 0 ? NoticeState.ENDED_WITH_OBJECTIONS : NoticeState.ENDED_CLEAN;
}

/**
 * Why a draft starting on `startsOn` cannot be published online `today`, or null: the public sees
 * a notice from the day it is published, so its first day is today at the earliest — the reading
 * `noticeSeenInFull` gives a notice published today (docs/api.md, "What the public saw").
 */
export function onlinePublicationProblem(startsOn: string, today: string): FieldProblem | null {
  if (noticeSeenInFull({ startsOn, publishedOn: today, postedOnPaper: false })) return null;
  return {
    field: 'startsOn',
    constraint: 'beforePublication',
    message: `the public sees a notice from the day it is published: its first day (${startsOn}) cannot be before today (${today}); move it, or record the paper notice that ran (recordPaperNotice)`,
    params: { earliestDate: today },
  };
}

/** Why a draft starting on `startsOn` cannot be recorded `today` as a notice that ran on paper, or null: its first day has not come. */
export function paperRecordProblem(startsOn: string, today: string): FieldProblem | null {
  if (startsOn <= today) return null;
  return { field: 'startsOn', constraint: 'notStarted', message: `the notice starts on ${startsOn}: a notice still to come is published online (publishNotice)` };
}

export class NoticeService {
  private readonly audit = new AuditService();
  /** The staff's list: notices in the viewer's scope. */
  private readonly notices: ListEngine<PublicNotice, PublicNoticeFilter>;
  /** The public's list: published notices, newest first. */
  private readonly published: ListEngine<PublicNotice, PublishedFilter>;
  /** Local overrides of the working-day calendar, by date. */
  private readonly calendarDaysList: ListEngine<CalendarDay, CalendarDayFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    /** The time now: publications are stamped with it, and it decides today's day (China time). */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.notices = new ListEngine(db, RECORD, {
      entity: PublicNotice,
      alias: 'n',
      joins: [{ entity: Organization, alias: 'no', on: 'no.id = n.organizationId' }],
      sorts: SORTS,
      defaultSort: 'startsOn',
      where: (filter) => this.conditions(filter),
    });
    this.published = new ListEngine(db, RECORD, {
      entity: PublicNotice,
      alias: 'n',
      sorts: SORTS,
      defaultSort: 'startsOn',
      defaultOrder: 'DESC',
      where: () => new Conditions().add('n.publishedAt IS NOT NULL'),
    });
    this.calendarDaysList = new ListEngine(db, 'CalendarDay', {
      entity: CalendarDay,
      alias: 'd',
      sorts: { date: ['d.date'] },
      defaultSort: 'date',
      where: (filter) => {
        const where = new Conditions();
        if (filter.date_gte) where.add('d.date >= ?', filter.date_gte);
        if (filter.date_lte) where.add('d.date <= ?', filter.date_lte);
        return where;
      },
    });
  }

  /** Today, China time. */
  today(): string {
    return todayInChina(this.clock());
  }

  async get(id: string | number): Promise<PublicNotice> {
    requirePermission(this.actor, 'notice:read');
    return this.notices.get(id);
  }

  async list(args: ListArgsShape<PublicNoticeFilter>, columns?: ReadonlySet<string> | null): Promise<PublicNotice[]> {
    requirePermission(this.actor, 'notice:read');
    return this.notices.rows(args, columns);
  }

  async count(filter: PublicNoticeFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'notice:read');
    return this.notices.count(filter);
  }

  /** Published notices as the public reads them (public.service.ts), newest first. */
  async publishedViews(args: ListArgsShape<never>): Promise<PublishedNotice[]> {
    return publicViews(this.db, await this.listPublished(args), this.today());
  }

  /** One published notice as the public reads it; NOT_FOUND for drafts and unknown ids. */
  async publishedView(id: string): Promise<PublishedNotice> {
    return (await publicViews(this.db, [await this.getPublished(id)], this.today()))[0];
  }

  /** Published notices, for anyone: the public surface. */
  /** Published notices, for anyone: the public surface (any filter given is not theirs to set). */
  async listPublished(args: ListArgsShape<never>): Promise<PublicNotice[]> {
    return this.published.rows({ ...args, filter: null });
  }

  async countPublished(): Promise<number> {
    return this.published.count({});
  }

  async getPublished(id: string | number): Promise<PublicNotice> {
    return this.published.get(id);
  }

  /** The one place staff notice filters become SQL, on the alias `n` with its organization `no`, the viewer's scope included. */
  private conditions(filter: PublicNoticeFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'no.path', this.actor);
    const q = filter.q?.trim();
    if (q) where.add(`n.title LIKE ? ${LIKE_ESCAPE}`, likeContains(q));
    if (filter.organizationId !== undefined && filter.organizationId !== null) where.add('n.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) {
      where.and(withinOrganization(this.db, 'no.path', parseId(filter.withinOrganization) ?? -1));
    }
    if (filter.stage) where.add('n.stage = ?', filter.stage);
    if (filter.caseId !== undefined && filter.caseId !== null) where.add('n.id IN (SELECT nc.noticeId FROM notice_case nc WHERE nc.caseId = ?)', parseId(filter.caseId) ?? -1);
    if (filter.startsOn_gte) where.add('n.startsOn >= ?', filter.startsOn_gte);
    if (filter.startsOn_lte) where.add('n.startsOn <= ?', filter.startsOn_lte);
    if (filter.state) {
      const today = this.today();
      const uncleared = `EXISTS (SELECT 1 FROM report r WHERE r.noticeId = n.id AND ${UNCLEARED})`;
      if (filter.state === NoticeState.DRAFT) where.add('n.publishedAt IS NULL');
      else if (filter.state === NoticeState.UPCOMING) where.add('n.publishedAt IS NOT NULL AND n.startsOn > ?', today);
      else if (filter.state === NoticeState.PUBLISHED) where.add('n.publishedAt IS NOT NULL AND n.startsOn <= ? AND n.endsOn >= ?', today, today);
      else {
        where.add('n.publishedAt IS NOT NULL AND n.endsOn < ?', today);
        where.add(filter.state === NoticeState.ENDED_CLEAN ? `(NOT ${uncleared})` : `(${uncleared})`);
      }
    }
    return where;
  }

  /** Reports on each notice not yet closed as unsubstantiated (read in `em`'s transaction when given). */
  async unclearedReports(noticeIds: readonly number[], em: EntityManager = this.db.manager): Promise<Map<number, number>> {
    if (noticeIds.length === 0) return new Map();
    const rows: { noticeId: number | string; n: number | string }[] = await em.query(
      `SELECT r.noticeId AS noticeId, COUNT(*) AS n FROM report r WHERE r.noticeId IN (${noticeIds.map(() => '?').join(', ')}) AND ${UNCLEARED} GROUP BY r.noticeId`,
      [...noticeIds],
    );
    return new Map(rows.map((r) => [Number(r.noticeId), Number(r.n)]));
  }

  /** The end a notice would have, with the calendar as it stands: for forms, before saving. */
  async previewEnd(args: NoticeEndArgs): Promise<NoticeSpan> {
    requirePermission(this.actor, 'notice:read');
    return noticeEnd(args.startsOn, args.lengthDays, args.dayType, await this.calendar(this.db.manager, args.startsOn, args.lengthDays));
  }

  async create(args: CreatePublicNoticeArgs): Promise<PublicNotice> {
    requirePermission(this.actor, 'notice:write');
    if (args.stage === NoticeStage.EXEMPLAR) throw BadInputError.field('stage', 'exemplarNotice', 'an exemplar\'s notice opens when its profile is approved (approveExemplar)');
    return this.db.write(async (em) => {
      const organization = await this.partyOrganization(em, args.organizationId);
      const lengthDays = args.lengthDays ?? DEFAULT_NOTICE_DAYS;
      const dayType = args.dayType ?? DayType.CALENDAR;
      const caseIds = await this.coveredCases(em, organization, args.stage, args.caseIds ?? []);
      const span = noticeEnd(args.startsOn, lengthDays, dayType, await this.calendar(em, args.startsOn, lengthDays));
      const saved = await em.save(
        em.create(PublicNotice, {
          organizationId: organization.id,
          stage: args.stage,
          title: args.title.trim(),
          body: blankToNull(args.body),
          startsOn: args.startsOn,
          lengthDays,
          dayType,
          endsOn: span.endsOn,
          hotline: args.hotline.trim(),
          suggestionBox: args.suggestionBox.trim(),
        }),
      );
      await this.setCases(em, saved.id, [], caseIds);
      await this.audit.record(em, this.actor, {
        action: 'notice.create',
        recordType: RECORD,
        recordId: saved.id,
        organizationId: organization.id,
        changes: { ...diffChanges(null, saved, AUDITED_FIELDS), caseIds: [null, caseIds] },
      });
      return em.findOneByOrFail(PublicNotice, { id: saved.id });
    });
  }

  async update(args: UpdatePublicNoticeArgs): Promise<PublicNotice> {
    requirePermission(this.actor, 'notice:write');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, args.id);
      expectVersion('notice', current, args.version);
      const problems: FieldProblem[] = [];
      for (const field of ['title', 'startsOn', 'hotline', 'suggestionBox', 'lengthDays', 'dayType'] as const) {
        if (args[field] === null) problems.push({ field, constraint: 'required', message: `${field} cannot be empty` });
      }
      if (problems.length) throw new BadInputError(problems);
      const organization = await em.findOneByOrFail(Organization, { id: current.organizationId });
      const merged = {
        title: args.title?.trim() ?? current.title,
        body: args.body !== undefined ? blankToNull(args.body) : current.body,
        startsOn: args.startsOn ?? current.startsOn,
        lengthDays: args.lengthDays ?? current.lengthDays,
        dayType: args.dayType ?? current.dayType,
        hotline: args.hotline?.trim() ?? current.hotline,
        suggestionBox: args.suggestionBox?.trim() ?? current.suggestionBox,
      };
      const span = noticeEnd(merged.startsOn, merged.lengthDays, merged.dayType, await this.calendar(em, merged.startsOn, merged.lengthDays));
      const held = await this.casesOf(em, current.id);
      const before = held.map((r) => r.caseId);
      const caseIds = args.caseIds ? await this.coveredCases(em, organization, current.stage, args.caseIds) : before;
      const casesChanged = differs([...before].sort(), [...caseIds].sort());
      const fields = effectiveChanges(current, { ...merged, endsOn: span.endsOn });
      if (Object.keys(fields).length === 0 && !casesChanged) return current;
      if (current.publishedAt) throw new ConflictError('published', 'a published notice is a public record and cannot be changed');
      await writeVersioned(em, PublicNotice, 'notice', current, fields, casesChanged);
      if (casesChanged) await this.setCases(em, current.id, held, caseIds);
      const updated = await em.findOneByOrFail(PublicNotice, { id: current.id });
      const changes = diffChanges(current, updated, AUDITED_FIELDS);
      if (casesChanged) changes.caseIds = [before, caseIds];
      await this.audit.record(em, this.actor, { action: 'notice.update', recordType: RECORD, recordId: current.id, organizationId: current.organizationId, changes });
      return updated;
    });
  }

  /**
   * Publishes a draft: from now on the public reads it and can file reports against it. The
   * public sees every day of it, so its first day is today at the earliest; a notice that ran on
   * paper is recorded with `recordPaper` instead.
   */
  async publish(id: string, version?: number | null): Promise<PublicNotice> {
    requirePermission(this.actor, 'notice:publish');
    return this.release(id, version, 'notice.publish', (current) => {
      const problem = onlinePublicationProblem(current.startsOn, this.today());
      if (problem) throw new BadInputError([problem]);
      return { postedOnPaper: false };
    });
  }

  /**
   * Records a notice that ran on paper (the chamber's board) after the fact: published as such,
   * with why it is recorded late and what shows it ran; the case history and the audit trail
   * show it so. Its first day has come (a notice still to come is published online).
   */
  async recordPaper(args: { id: string; version?: number | null; reason: string; evidence: string }): Promise<PublicNotice> {
    requirePermission(this.actor, 'notice:publish');
    // Blank reasons and evidence are refused with the arguments (IsPlainText).
    const reason = args.reason.trim();
    const evidence = args.evidence.trim();
    return this.release(args.id, args.version, 'notice.recordPaper', (current) => {
      const problem = paperRecordProblem(current.startsOn, this.today());
      if (problem) throw new BadInputError([problem]);
      return { postedOnPaper: true, paperReason: reason, paperEvidence: evidence };
    });
  }

  /** Publishes a draft, online or as a paper record: the checks both share, the write and its audit entry. */
  private release(id: string, version: number | null | undefined, action: string, how: (current: PublicNotice) => Partial<PublicNotice>): Promise<PublicNotice> {
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion('notice', current, version);
      if (current.publishedAt) throw new ConflictError('published', 'the notice is already published');
      const medium = how(current);
      const organization = await em.findOneByOrFail(Organization, { id: current.organizationId });
      const caseIds = await this.caseIdsOf(em, current.id);
      if (caseIds.length === 0) throw BadInputError.field('caseIds', 'required', 'a notice covers at least one case');
      // The cases may have moved on since the draft was written.
      await this.coveredCases(em, organization, current.stage, caseIds.map(String));
      const span = noticeEnd(current.startsOn, current.lengthDays, current.dayType, await this.calendar(em, current.startsOn, current.lengthDays));
      await writeVersioned(
        em,
        PublicNotice,
        'notice',
        current,
        { ...medium, publishedAt: this.clock(), publishedById: this.actor.viewer?.user.id ?? null, publishedByName: actorDisplayName(this.actor), endsOn: span.endsOn },
        true,
      );
      const updated = await em.findOneByOrFail(PublicNotice, { id: current.id });
      await this.audit.record(em, this.actor, {
        action,
        recordType: RECORD,
        recordId: current.id,
        organizationId: current.organizationId,
        changes: diffChanges(current, updated, AUDITED_FIELDS),
      });
      return updated;
    });
  }

  /** Deletes a draft; a published notice stays on record. */
  async delete(id: string, version?: number | null): Promise<PublicNotice> {
    requirePermission(this.actor, 'notice:write');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion('notice', current, version);
      if (current.publishedAt) throw new ConflictError('published', 'a published notice is a public record and cannot be deleted');
      await em.delete(NoticeCase, { noticeId: current.id });
      await em.delete(PublicNotice, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: 'notice.delete',
        recordType: RECORD,
        recordId: current.id,
        organizationId: current.organizationId,
        changes: diffChanges(current, {}, AUDITED_FIELDS),
      });
      return current;
    });
  }

  /**
   * Opens an exemplar profile's notice (stage EXEMPLAR) in the approval's transaction: published
   * online from today for the default ten calendar days, by the organization keeping the profile,
   * with the hotline and suggestion box the approver gave. The public reads it and reports on it
   * as on any notice (docs/api.md, "Exemplars").
   */
  async openExemplarNotice(
    em: EntityManager,
    fields: { exemplarId: number; organizationId: number; title: string; body: string | null; hotline: string; suggestionBox: string },
  ): Promise<PublicNotice> {
    const startsOn = this.today();
    const span = noticeEnd(startsOn, DEFAULT_NOTICE_DAYS, DayType.CALENDAR, await this.calendar(em, startsOn, DEFAULT_NOTICE_DAYS));
    const saved = await em.save(
      em.create(PublicNotice, {
        ...fields,
        stage: NoticeStage.EXEMPLAR,
        title: fields.title.slice(0, 100),
        startsOn,
        lengthDays: DEFAULT_NOTICE_DAYS,
        dayType: DayType.CALENDAR,
        endsOn: span.endsOn,
        hotline: fields.hotline.trim(),
        suggestionBox: fields.suggestionBox.trim(),
        publishedAt: this.clock(),
        publishedById: this.actor.viewer?.user.id ?? null,
        publishedByName: actorDisplayName(this.actor),
      }),
    );
    await this.audit.record(em, this.actor, {
      action: 'notice.publish',
      recordType: RECORD,
      recordId: saved.id,
      organizationId: saved.organizationId,
      changes: { ...diffChanges(null, saved, AUDITED_FIELDS), exemplarId: [null, fields.exemplarId] },
    });
    return saved;
  }

  async caseIdsOf(em: EntityManager, noticeId: number): Promise<number[]> {
    return (await this.casesOf(em, noticeId)).map((r) => r.caseId);
  }

  private casesOf(em: EntityManager, noticeId: number): Promise<NoticeCase[]> {
    return em.find(NoticeCase, { where: { noticeId }, order: { caseId: 'ASC' } });
  }

  // --- the working-day calendar's local overrides ---

  officialYears(): { from: number; to: number } {
    requirePermission(this.actor, 'notice:read');
    return OFFICIAL_YEARS;
  }

  /** The overrides by date, the order asked for; whatever sort field is asked for, days sort by their date (one per date). */
  async calendarDays(args: ListArgsShape<CalendarDayFilter>): Promise<CalendarDay[]> {
    requirePermission(this.actor, 'notice:read');
    return this.calendarDaysList.rows({ ...args, sortField: null });
  }

  async calendarDay(id: string): Promise<CalendarDay> {
    requirePermission(this.actor, 'notice:read');
    return this.calendarDaysList.get(id);
  }

  async countCalendarDays(filter: CalendarDayFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'notice:read');
    return this.calendarDaysList.count(filter);
  }

  /** Sets a local override of a day; draft notices take it into account, published ones keep the end they were published with. */
  async setCalendarDay(args: SetCalendarDayArgs): Promise<CalendarDay> {
    requirePermission(this.actor, 'calendar:manage');
    return this.db.write(async (em) => {
      const existing = await em.findOneBy(CalendarDay, { date: args.date });
      const note = blankToNull(args.note);
      if (existing) await em.update(CalendarDay, { id: existing.id }, { kind: args.kind, note });
      else await em.insert(CalendarDay, { date: args.date, kind: args.kind, note });
      const saved = await em.findOneByOrFail(CalendarDay, { date: args.date });
      await this.refreshDrafts(em);
      await this.audit.record(em, this.actor, {
        action: 'calendar.set',
        recordType: 'CalendarDay',
        recordId: saved.id,
        changes: diffChanges(existing, saved, ['date', 'kind', 'note']),
      });
      return saved;
    });
  }

  async clearCalendarDay(id: string): Promise<CalendarDay> {
    requirePermission(this.actor, 'calendar:manage');
    return this.db.write(async (em) => {
      const numeric = parseId(id);
      const existing = numeric === null ? null : await em.findOneBy(CalendarDay, { id: numeric });
      if (!existing) throw new NotFoundError('CalendarDay', id);
      await em.delete(CalendarDay, { id: existing.id });
      await this.refreshDrafts(em);
      await this.audit.record(em, this.actor, {
        action: 'calendar.clear',
        recordType: 'CalendarDay',
        recordId: existing.id,
        changes: diffChanges(existing, {}, ['date', 'kind', 'note']),
      });
      return existing;
    });
  }

  private async refreshDrafts(em: EntityManager): Promise<void> {
    const drafts = await em.find(PublicNotice, { where: { dayType: DayType.WORKING, publishedAt: IsNull() } });
    for (const draft of drafts) {
      const span = noticeEnd(draft.startsOn, draft.lengthDays, draft.dayType, await this.calendar(em, draft.startsOn, draft.lengthDays));
      if (span.endsOn !== draft.endsOn) await em.update(PublicNotice, { id: draft.id }, { endsOn: span.endsOn });
    }
  }

  /** The calendar with the local overrides that can matter to a notice starting on `startsOn`. */
  async calendar(em: EntityManager, startsOn: string, length: number): Promise<WorkingCalendar> {
    const rows = await em
      .createQueryBuilder(CalendarDay, 'd')
      .where('d.date >= :from AND d.date <= :to', { from: startsOn, to: addDays(startsOn, noticeHorizon(length)) })
      .getMany();
    return new WorkingCalendar(new Map(rows.map((r) => [String(r.date).slice(0, 10), r.kind as CalendarDayKind])));
  }

  /** The notice to change, locked on MySQL; out of the actor's scope it does not exist. */
  private lockedGet(em: EntityManager, id: string | number): Promise<PublicNotice> {
    return this.notices.locked(em, id);
  }

  private async partyOrganization(em: EntityManager, id: string): Promise<Organization> {
    const found = await namedOrganization(em, this.actor, 'organizationId', id);
    if (!PARTY_KINDS.includes(found.kind)) throw BadInputError.field('organizationId', 'partyKind', 'notices are posted by a party committee, general branch or branch');
    return found;
  }

  /** The cases a notice of this stage by this organization may cover: visible, in its subtree, at the stage the notice is for. */
  private async coveredCases(em: EntityManager, organization: Organization, stage: NoticeStage, ids: string[]): Promise<number[]> {
    const numeric = ids.map(parseId);
    if (new Set(numeric).size !== numeric.length) throw BadInputError.field('caseIds', 'duplicate', 'the same case is listed twice');
    // An exemplar's notice covers its profile, no case.
    const wanted = stage === NoticeStage.EXEMPLAR ? null : NOTICE_FOR_STAGE[stage];
    const problems: FieldProblem[] = [];
    const valid = numeric.filter((id): id is number => id !== null);
    const cases = valid.length ? await em.findBy(DevelopmentCase, { id: In(valid) }) : [];
    const organizations = cases.length ? await em.findBy(Organization, { id: In([...new Set(cases.map((c) => c.organizationId))]) }) : [];
    const pathOf = new Map(organizations.map((o) => [o.id, o.path]));
    const byId = new Map(cases.map((c) => [c.id, { c, path: pathOf.get(c.organizationId) ?? '' }]));
    numeric.forEach((id, i) => {
      const hit = id === null ? undefined : byId.get(id);
      if (!hit || !actorSees(this.actor, hit.path) || !hit.path.startsWith(organization.path)) {
        problems.push({ field: `caseIds.${i}`, constraint: 'notFound', message: `case ${ids[i]} does not exist in ${organization.name}` });
      } else if (hit.c.stage !== wanted) {
        problems.push({ field: `caseIds.${i}`, constraint: 'caseStage', message: `case ${ids[i]} is at ${hit.c.stage}; a ${stage} notice covers cases at ${wanted}` });
      }
    });
    if (problems.length) throw new BadInputError(problems);
    return (numeric as number[]).slice().sort((a, b) => a - b);
  }

  /** A notice's cases, `caseIds` in place of `held`, those it had (none for a notice just made). */
  private async setCases(em: EntityManager, noticeId: number, held: NoticeCase[], caseIds: number[]): Promise<void> {
    await replaceOwnedRows(em, NoticeCase, held, caseIds.map((caseId) => ({ noticeId, caseId })), (row) => row.caseId);
  }
}


function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

