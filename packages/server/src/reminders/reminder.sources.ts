import { In } from 'typeorm';
import { SYSTEM_ACTOR } from '../access/actor';
import { addDays } from '../common/dates';
import { MAX_PER_PAGE } from '../common/list';
import type { Database } from '../db/database';
import { CaseAlertKind, DevelopmentCaseService, alertsOf, type DevelopmentCase } from '../development';
import { Organization, OrganizationService, TermState } from '../organizations';
import { LetterService, AssessmentService, MeetingService, OverdueKind, notHeldBy, type Meeting } from '../oversight';
import { Person } from '../people';
import { ReminderSubject } from './reminder.entity';
import type { RemindedKind } from './reminder.rules';

/** A record on an overdue list, as a reminder names it. */
export interface DueItem {
  subjectType: ReminderSubject;
  subjectId: number;
  organizationId: number;
  label: string;
  /** The day the work was or is due. */
  dueOn: string;
  /** The first day the overdue list shows it. */
  listedFrom: string;
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

const CASE_ALERTS: Partial<Record<RemindedKind, CaseAlertKind>> = {
  [OverdueKind.TALK_OVERDUE]: CaseAlertKind.TALK_OVERDUE,
  [OverdueKind.APPROVAL_OVERDUE]: CaseAlertKind.APPROVAL_OVERDUE,
  [OverdueKind.CONVERSION_DUE]: CaseAlertKind.CONVERSION_DUE,
};

/**
 * What each overdue list shows as of a day, read through the list's own definition (the case
 * list's `alert` filter, the meeting list, the chambers without a letter or an assessment), so a
 * reminder and the list it opens never disagree.
 */
export async function dueItems(db: Database, kind: RemindedKind, asOf: string): Promise<DueItem[]> {
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
  if (kind === OverdueKind.TERM_DUE_SOON || kind === OverdueKind.TERM_OVERDUE) {
    // The organization list's term filter, judged on the day: due soon from its months of notice, overdue from its end.
    const organizations = new OrganizationService(db, SYSTEM_ACTOR, () => asOf);
    const termState = kind === OverdueKind.TERM_DUE_SOON ? TermState.DUE_SOON : TermState.OVERDUE;
    const found = await everyPage((page) => organizations.listPage({ filter: { termState }, page, perPage: MAX_PER_PAGE, sortField: 'id' }, { parent: false, childCount: false, enterpriseCount: false }));
    return found.map(({ row: o }) => ({
      subjectType: ReminderSubject.ORGANIZATION,
      subjectId: o.id,
      organizationId: o.id,
      label: o.name,
      dueOn: o.termEndsOn!,
      listedFrom: kind === OverdueKind.TERM_DUE_SOON ? (o.termDueSoonOn ?? o.termEndsOn!) : o.termEndsOn!,
    }));
  }
  if (kind === OverdueKind.MEETING_NOT_HELD) {
    // The home page's count: planned for a day before today and neither held nor cancelled.
    const meetings = new MeetingService(db, SYSTEM_ACTOR, () => asOf);
    const found: Meeting[] = await everyPage((page) => meetings.list({ filter: notHeldBy(asOf), page, perPage: MAX_PER_PAGE, sortField: 'id' }));
    return found.map((m) => ({ subjectType: ReminderSubject.MEETING, subjectId: m.id, organizationId: m.organizationId, label: m.topic, dueOn: m.plannedOn, listedFrom: addDays(m.plannedOn, 1) }));
  }
  // A chamber's letter and assessment are due for the year from its first day.
  const year = Number(asOf.slice(0, 4));
  const chambers: Organization[] = kind === OverdueKind.LETTER_MISSING ? await new LetterService(db, SYSTEM_ACTOR).missing(year) : await new AssessmentService(db, SYSTEM_ACTOR).missing(year);
  return chambers.map((c) => ({ subjectType: ReminderSubject.ORGANIZATION, subjectId: c.id, organizationId: c.id, label: c.name, dueOn: `${year}-01-01`, listedFrom: `${year}-01-01` }));
}
