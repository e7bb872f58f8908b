import { Between, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { SYSTEM_ACTOR } from '../access/actor';
import { addDays, chinaDayStart, todayInChina } from '../common/dates';
import { MAX_PER_PAGE } from '../common/list';
import type { Database } from '../db/database';
import { CaseAlertKind, DevelopmentCaseService, PublicNotice, alertsOf, type DevelopmentCase } from '../development';
import { Organization, OrganizationService, TermState } from '../organizations';
import { LetterService, AssessmentService, MeetingService, notHeldBy, organizationUsesByOversight, type Meeting } from '../oversight';
import { Person } from '../people';
import { ClassStatus, Enrollment, EnrollmentStatus, TrainingClass } from '../training';
import { ReminderKind, ReminderSubject } from './reminder.entity';
import { CATCH_UP_DAYS, EVENT_KINDS } from './reminder.rules';

/** A record on an overdue list, as a reminder names it. */
export interface DueItem {
  subjectType: ReminderSubject;
  subjectId: number;
  organizationId: number;
  label: string;
  /** The day the work was or is due. */
  dueOn: string;
  /** The first day the overdue list shows it (for a day in a record's life, that day). */
  listedFrom: string;
  /** The people it is about, whose accounts receive it as trainees. */
  people?: number[];
}

/** Every page of a list, read 100 rows at a time. */
async function everyPage<T>(read: (page: number) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; ; page += 1) {
    const batch = await read(page);
    rows.push(...batch);
    if (batch.length < MAX_PER_PAGE) return rows;
  }
}

const CASE_ALERTS: Partial<Record<ReminderKind, CaseAlertKind>> = {
  [ReminderKind.TALK_OVERDUE]: CaseAlertKind.TALK_OVERDUE,
  [ReminderKind.APPROVAL_OVERDUE]: CaseAlertKind.APPROVAL_OVERDUE,
  [ReminderKind.CONVERSION_DUE]: CaseAlertKind.CONVERSION_DUE,
};

/**
 * The days in a record's life that a reminder is of, from `asOf` back over the catch-up days
 * (reminder.rules.ts): a published notice's last day; a published class's first day, to its
 * trainees with a seat, while the class has not ended on `today`; a seat given from the waiting
 * line, to its trainee, while it still holds the seat and the class has not ended.
 */
async function eventItems(db: Database, kind: ReminderKind, asOf: string, today: string): Promise<DueItem[]> {
  const from = addDays(asOf, -CATCH_UP_DAYS);
  if (kind === ReminderKind.NOTICE_ENDING) {
    const notices = await db.manager.find(PublicNotice, { where: { publishedAt: Not(IsNull()), endsOn: Between(from, asOf) }, order: { id: 'ASC' } });
    return notices.map((n) => ({ subjectType: ReminderSubject.PUBLIC_NOTICE, subjectId: n.id, organizationId: n.organizationId, label: n.title, dueOn: n.endsOn, listedFrom: n.endsOn }));
  }
  const seated = [EnrollmentStatus.REGISTERED, EnrollmentStatus.CONFIRMED];
  if (kind === ReminderKind.CLASS_STARTING) {
    const classes = await db.manager.find(TrainingClass, { where: { status: ClassStatus.PUBLISHED, startsOn: Between(from, asOf), endsOn: MoreThanOrEqual(today) }, order: { id: 'ASC' } });
    if (!classes.length) return [];
    const places = await db.manager.find(Enrollment, { select: { classId: true, personId: true }, where: { classId: In(classes.map((c) => c.id)), status: In(seated) } });
    return classes.map((c) => ({
      subjectType: ReminderSubject.TRAINING_CLASS,
      subjectId: c.id,
      organizationId: c.organizerId,
      label: c.title,
      dueOn: c.startsOn,
      listedFrom: c.startsOn,
      people: places.filter((p) => p.classId === c.id).map((p) => p.personId),
    }));
  }
  // SEAT_GIVEN: the day a seat was given is China's day of `promotedAt`.
  const given = await db.manager.find(Enrollment, { where: { promotedAt: Between(chinaDayStart(from), new Date(chinaDayStart(addDays(asOf, 1)).getTime() - 1)), status: In(seated) }, order: { id: 'ASC' } });
  if (!given.length) return [];
  const classes = new Map((await db.manager.find(TrainingClass, { where: { id: In([...new Set(given.map((e) => e.classId))]) } })).map((c) => [c.id, c]));
  return given.flatMap((e) => {
    const c = classes.get(e.classId);
    if (!c || c.endsOn < today || c.status !== ClassStatus.PUBLISHED) return [];
    return [{ subjectType: ReminderSubject.ENROLLMENT, subjectId: e.id, organizationId: c.organizerId, label: c.title, dueOn: c.startsOn, listedFrom: todayInChina(e.promotedAt!), people: [e.personId] }];
  });
}

/**
 * What each overdue list shows as of a day, read through the list's own definition (the case
 * list's `alert` filter, the meeting list, the chambers without a letter or an assessment), so a
 * reminder and the list it opens never disagree; for a day in a record's life, the records whose
 * day it is (`eventItems`). `today` is the day the reminders go; `asOf` is it moved by the offset.
 */
export async function dueItems(db: Database, kind: ReminderKind, asOf: string, today: string): Promise<DueItem[]> {
  if (EVENT_KINDS.includes(kind)) return eventItems(db, kind, asOf, today);
  const alert = CASE_ALERTS[kind];
  if (alert) {
    const cases = new DevelopmentCaseService(db, SYSTEM_ACTOR, () => asOf);
    const found: DevelopmentCase[] = await everyPage((page) => cases.list({ filter: { alert }, page, perPage: MAX_PER_PAGE, sortField: 'id' }));
    const names = new Map((found.length ? await db.manager.find(Person, { select: { id: true, name: true }, where: { id: In(found.map((c) => c.personId)) } }) : []).map((p) => [p.id, p.name]));
    return found.flatMap((c) =>
      alertsOf(c, asOf)
        .filter((a) => a.kind === alert)
        .map((a) => ({ subjectType: ReminderSubject.DEVELOPMENT_CASE, subjectId: c.id, organizationId: c.organizationId, label: names.get(c.personId) ?? String(c.personId), dueOn: a.dueOn, listedFrom: a.listedFrom })),
    );
  }
  if (kind === ReminderKind.TERM_DUE_SOON || kind === ReminderKind.TERM_OVERDUE) {
    // The organization list's term filter, judged on the day: due soon from its months of notice, overdue from its end.
    const organizations = new OrganizationService(db, SYSTEM_ACTOR, organizationUsesByOversight, () => asOf);
    const termState = kind === ReminderKind.TERM_DUE_SOON ? TermState.DUE_SOON : TermState.OVERDUE;
    const found = await everyPage((page) => organizations.listPage({ filter: { termState }, page, perPage: MAX_PER_PAGE, sortField: 'id' }, { parent: false, childCount: false, enterpriseCount: false }));
    return found.map(({ row: o }) => ({
      subjectType: ReminderSubject.ORGANIZATION,
      subjectId: o.id,
      organizationId: o.id,
      label: o.name,
      dueOn: o.termEndsOn!,
      listedFrom: kind === ReminderKind.TERM_DUE_SOON ? (o.termDueSoonOn ?? o.termEndsOn!) : o.termEndsOn!,
    }));
  }
  if (kind === ReminderKind.MEETING_NOT_HELD) {
    // The home page's count: planned for a day before today and neither held nor cancelled.
    const meetings = new MeetingService(db, SYSTEM_ACTOR, () => asOf);
    const found: Meeting[] = await everyPage((page) => meetings.list({ filter: notHeldBy(asOf), page, perPage: MAX_PER_PAGE, sortField: 'id' }));
    return found.map((m) => ({ subjectType: ReminderSubject.MEETING, subjectId: m.id, organizationId: m.organizationId, label: m.topic, dueOn: m.plannedOn, listedFrom: addDays(m.plannedOn, 1) }));
  }
  // A chamber's letter and assessment are due for the year from its first day.
  const year = Number(asOf.slice(0, 4));
  const chambers: Organization[] = kind === ReminderKind.LETTER_MISSING ? await new LetterService(db, SYSTEM_ACTOR).missing(year) : await new AssessmentService(db, SYSTEM_ACTOR).missing(year);
  return chambers.map((c) => ({ subjectType: ReminderSubject.ORGANIZATION, subjectId: c.id, organizationId: c.id, label: c.name, dueOn: `${year}-01-01`, listedFrom: `${year}-01-01` }));
}
