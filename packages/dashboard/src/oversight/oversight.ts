import { FILTER_KEYS, MAX_LENGTHS as SERVER_MAX_LENGTHS } from '@guildhall/client';
import type { FocusArea, MeetingStatus, MeetingType, OverdueKind, RectificationState, VenueStandard } from '@guildhall/client';

export const OVERDUE_KINDS: readonly OverdueKind[] = [
  'TALK_OVERDUE',
  'APPROVAL_OVERDUE',
  'CONVERSION_DUE',
  'MEETING_NOT_HELD',
  'ANNUAL_ONLY',
  'LETTER_MISSING',
  'ASSESSMENT_MISSING',
  'VENUE_NONCOMPLIANT',
  'RECTIFICATION_OPEN',
  'TERM_OVERDUE',
  'TERM_DUE_SOON',
];
export const FOCUS_AREAS: readonly FocusArea[] = ['SYSTEM', 'TRAINING', 'SUPPORT', 'ROLE', 'ATMOSPHERE'];
export const MEETING_TYPES: readonly MeetingType[] = ['MEMBERS_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY'];
export const MEETING_STATUSES: readonly MeetingStatus[] = ['PLANNED', 'HELD', 'CANCELLED'];
export const RECTIFICATION_STATES: readonly RectificationState[] = ['IDENTIFIED', 'RECTIFYING', 'ACCEPTANCE', 'CLOSED'];
export const VENUE_STANDARDS: readonly VenueStandard[] = ['FOUR_HAVES', 'FULL', 'MASS_ROOM'];

// The filters and lengths the server takes (its contract, generated into @guildhall/client).
export const MEETING_FILTER_KEYS = FILTER_KEYS.allMeetings;
export const RECTIFICATION_FILTER_KEYS = FILTER_KEYS.allRectificationCases;
export const MEETING_CREATE_FIELDS = ['organizationId', 'type', 'topic', 'plannedOn', 'location', 'expectedCount'] as const;
export const MEETING_MAX_LENGTHS: Readonly<Record<string, number>> = SERVER_MAX_LENGTHS.createMeeting;

export const meetingTypeChoices = MEETING_TYPES.map((id) => ({ id, name: `guildhall.oversight.meetingTypes.${id}` }));
export const meetingStatusChoices = MEETING_STATUSES.map((id) => ({ id, name: `guildhall.oversight.meetingStatuses.${id}` }));
export const rectificationStateChoices = RECTIFICATION_STATES.map((id) => ({ id, name: `guildhall.oversight.rectificationStates.${id}` }));

/** A chamber's figures on the coverage page. */
export interface ChamberCoverage {
  chamberName: string;
  enterprises: number;
  enterprisesWithMembers: number;
  organizationCovered: number;
  organizationCoverage: number;
  workCovered: number;
  workCoverage: number;
}

/** Member enterprises of the chamber not covered one way or the other; 0 when there is nothing to show. */
export function uncoveredCount(c: ChamberCoverage): number {
  return Math.max(c.enterprisesWithMembers - c.organizationCovered, 0) + Math.max(c.enterprises - c.workCovered, 0);
}

/**
 * The coverage page's order of chambers, as its heading says: lowest organization coverage
 * first, then lowest work coverage, then by name. A chamber with no member enterprise that has
 * members has nothing to cover by organizations and counts as covered, not as 0%.
 */
export function byCoverage(a: ChamberCoverage, b: ChamberCoverage): number {
  const organization = (c: ChamberCoverage) => (c.enterprisesWithMembers === 0 ? 1 : c.organizationCoverage);
  const work = (c: ChamberCoverage) => (c.enterprises === 0 ? 1 : c.workCoverage);
  return organization(a) - organization(b) || work(a) - work(b) || a.chamberName.localeCompare(b.chamberName, 'zh-CN');
}

/** A share as a percentage with one decimal: 0.667 → "66.7%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** The calendar day before a YYYY-MM-DD day. */
export function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

export const listPath = (resource: string, filter: Record<string, unknown>) => `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** Where an overdue count drills down to: the list filtered to exactly what it counted. */
export function overdueLink(kind: OverdueKind, year: number, asOf: string): string {
  switch (kind) {
    case 'TALK_OVERDUE':
    case 'APPROVAL_OVERDUE':
    case 'CONVERSION_DUE':
      return listPath('developmentCases', { alert: kind, open: 'true' });
    case 'MEETING_NOT_HELD':
      return listPath('meetings', { status: 'PLANNED', plannedOn_lte: dayBefore(asOf) });
    case 'ANNUAL_ONLY':
      return `/oversight/regularity?year=${year}&annualOnly=1`;
    case 'LETTER_MISSING':
      return `/oversight/letters?year=${year}`;
    case 'ASSESSMENT_MISSING':
      return `/oversight/assessments?year=${year}`;
    case 'VENUE_NONCOMPLIANT':
      return '/oversight/venues?compliant=0';
    case 'RECTIFICATION_OPEN':
      return listPath('rectificationCases', { open: 'true' });
    case 'TERM_OVERDUE':
      return listPath('organizations', { termState: 'OVERDUE' });
    case 'TERM_DUE_SOON':
      return listPath('organizations', { termState: 'DUE_SOON' });
  }
}

/** Filters as the server takes them: only known keys, `open` as a boolean. */
export function oversightFilter(filter: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const known: Record<string, unknown> = {};
  for (const key of keys) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    known[key] = key === 'open' ? value === true || value === 'true' : value;
  }
  return known;
}

/** The year a page shows: `?year=` when it is a plausible one, else this year. */
export function yearFrom(search: string, today = new Date()): number {
  const year = Number(new URLSearchParams(search).get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : today.getFullYear();
}

/** The year's report in Excel, over the signed-in user's scope (the session cookie goes along). */
export const annualReportUrl = (year: number) => `/exports/oversight/annual-report.xlsx?year=${year}`;

/** The server's refusal, worded: the field problems when there are some, else the message. */
/** The oversight guards (GUARD_FAILED `rule`), as docs/api.md lists them. */
export const OVERSIGHT_RULES = ['statusOrder', 'jointBranchLimit', 'hasOwnOrganization', 'notWeakLax', 'acceptanceRequired'] as const;

export function problemOf(error: unknown): string | null {
  if (!error) return null;
  const e = error as { message?: string; body?: { errors?: Record<string, string> } };
  const fields = e.body?.errors ? Object.values(e.body.errors) : [];
  return fields.length ? fields.join('；') : (e.message ?? String(error));
}

