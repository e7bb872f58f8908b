import { addDays } from '../common/dates';
import { OrganizationKind, PARTY_KINDS } from '../organizations';
import { MeetingPeriod, MeetingStatus, MeetingType } from './meeting.entity';

/**
 * The meetings overdue on a day (MEETING_NOT_HELD), as a filter of the meeting list: planned for
 * a day before it, and neither held nor cancelled. The home page counts it, reminders send it.
 */
export function notHeldBy(day: string): { status: MeetingStatus; plannedOn_lte: string } {
  return { status: MeetingStatus.PLANNED, plannedOn_lte: addDays(day, -1) };
}

export interface Requirement {
  organizationKind: OrganizationKind;
  type: MeetingType;
  period: MeetingPeriod;
  minCount: number;
}

const BRANCH_RULES: [MeetingType, MeetingPeriod][] = [
  [MeetingType.MEMBERS_MEETING, MeetingPeriod.QUARTER],
  [MeetingType.COMMITTEE_MEETING, MeetingPeriod.MONTH],
  [MeetingType.GROUP_MEETING, MeetingPeriod.MONTH],
  [MeetingType.PARTY_LECTURE, MeetingPeriod.QUARTER],
];

/**
 * 三会一课 as the rules set it for branches: the members' meeting and a party lecture each
 * quarter, the committee and the party groups each month. Committees and general branches hold
 * their committee meeting monthly and a lecture each quarter. The database may override any.
 */
export const DEFAULT_REQUIREMENTS: Requirement[] = [
  ...[OrganizationKind.BRANCH, OrganizationKind.JOINT_BRANCH].flatMap((organizationKind) => BRANCH_RULES.map(([type, period]) => ({ organizationKind, type, period, minCount: 1 }))),
  ...[OrganizationKind.PARTY_COMMITTEE, OrganizationKind.GENERAL_BRANCH].flatMap((organizationKind) => [
    { organizationKind, type: MeetingType.COMMITTEE_MEETING, period: MeetingPeriod.MONTH, minCount: 1 },
    { organizationKind, type: MeetingType.PARTY_LECTURE, period: MeetingPeriod.QUARTER, minCount: 1 },
  ]),
];

const MONTHS: Record<MeetingPeriod, number> = { MONTH: 1, QUARTER: 3, HALF_YEAR: 6, YEAR: 12 };

/** The periods of a year as [first day, last day]. */
export function periodsOf(year: number, period: MeetingPeriod): [string, string][] {
  const step = MONTHS[period];
  const result: [string, string][] = [];
  for (let m = 0; m < 12; m += step) {
    const first = new Date(Date.UTC(year, m, 1));
    const last = new Date(Date.UTC(year, m + step, 0));
    result.push([first.toISOString().slice(0, 10), last.toISOString().slice(0, 10)]);
  }
  return result;
}

export interface RegularityResult {
  /** Periods that have ended (up to today) across all the requirements. */
  elapsedPeriods: number;
  /** Of those, periods with at least the required meetings held. */
  compliantPeriods: number;
  /** compliant / elapsed, 1 when nothing has elapsed yet. */
  regularity: number;
  heldMeetings: number;
  /** Held meetings all fell on one day (or there was at most one): "one meeting a year". */
  annualOnly: boolean;
  byType: { type: MeetingType; period: MeetingPeriod; elapsed: number; compliant: number }[];
}

/** Held meetings as the rules read them: their type and the day they were held. */
export interface HeldMeeting {
  type: MeetingType;
  heldOn: string;
}

/**
 * Per period of a requirement's year, whether it had its meetings: '1' or '0' for each period,
 * first to last. Which of them count is a matter of the day (`endedPeriods`), not of the meetings.
 */
export function periodsMet(r: Requirement, held: HeldMeeting[], year: number): string {
  return periodsOf(year, r.period)
    .map(([first, last]) => (held.filter((m) => m.type === r.type && m.heldOn >= first && m.heldOn <= last).length >= r.minCount ? '1' : '0'))
    .join('');
}

/** How many of a requirement's periods in `year` have ended before `today`. */
export function endedPeriods(r: Pick<Requirement, 'period'>, year: number, today: string): number {
  return periodsOf(year, r.period).filter(([, last]) => last < today).length;
}

const ones = (flags: string) => flags.split('').filter((f) => f === '1').length;

/**
 * Regularity of one organization in one year: each requirement's periods that have ended by
 * `today`, and how many of them had their meetings. Held meetings count by the day they were held.
 */
export function regularity(requirements: Requirement[], heldOn: HeldMeeting[], year: number, today: string): RegularityResult {
  const byType = requirements.map((r) => {
    const elapsed = endedPeriods(r, year, today);
    return { type: r.type, period: r.period, elapsed, compliant: ones(periodsMet(r, heldOn, year).slice(0, elapsed)) };
  });
  const elapsedPeriods = byType.reduce((sum, t) => sum + t.elapsed, 0);
  const compliantPeriods = byType.reduce((sum, t) => sum + t.compliant, 0);
  const inYear = heldOn.filter((m) => m.heldOn.startsWith(`${year}-`));
  return {
    elapsedPeriods,
    compliantPeriods,
    regularity: elapsedPeriods === 0 ? 1 : Math.round((compliantPeriods / elapsedPeriods) * 1000) / 1000,
    heldMeetings: inYear.length,
    annualOnly: new Set(inYear.map((m) => m.heldOn)).size <= 1,
    byType,
  };
}

/**
 * The tally of an organization's year (`MeetingYear.met`): a slot of twelve flags for every party
 * kind and meeting type, holding `periodsMet` under the requirement in force for that kind and
 * type ('0' where none is), whatever the organization's own kind. So the tally still holds when
 * the organization changes kind, and only a change of the requirements rewrites it. Slots follow
 * PARTY_KINDS, then the meeting types, in their declared order. The column holds all 240 flags
 * today: a new kind or type needs a migration that widens it and rewrites the tallies.
 */
const SLOT = 12;
const TYPES = Object.values(MeetingType);
export const TALLY_LENGTH = PARTY_KINDS.length * TYPES.length * SLOT;

/** Where a kind and type's slot starts in the tally, counting from 1 as SQL's SUBSTR does. */
export function slotStart(kind: OrganizationKind, type: MeetingType): number {
  return (PARTY_KINDS.indexOf(kind) * TYPES.length + TYPES.indexOf(type)) * SLOT + 1;
}

export function tallyOf(requirements: Requirement[], held: HeldMeeting[], year: number): string {
  const met = Array<string>(TALLY_LENGTH).fill('0');
  for (const r of requirements) {
    if (!PARTY_KINDS.includes(r.organizationKind)) continue;
    const flags = periodsMet(r, held, year);
    const start = slotStart(r.organizationKind, r.type) - 1;
    for (let i = 0; i < flags.length; i += 1) met[start + i] = flags[i];
  }
  return met.join('');
}

/** How many of the year's months have ended before `today` (0–12): every period is whole months, so it fixes which periods have. */
export function monthsEnded(year: number, today: string): number {
  return endedPeriods({ period: MeetingPeriod.MONTH }, year, today);
}

/**
 * The periods a tally met under a kind's requirements, for each count of the year's ended months
 * (index 0–12): what `regularity` counts as compliant on any day of that month, so an
 * organization's band for every day of the year is known when its tally is written.
 */
export function compliantByMonthsEnded(requirements: Requirement[], kind: OrganizationKind, met: string, year: number): number[] {
  const own = requirements.filter((r) => r.organizationKind === kind);
  return Array.from({ length: 13 }, (_, months) => {
    // The first day after `months` months: on it exactly those months have ended.
    const day = months === 12 ? `${year + 1}-01-01` : `${year}-${String(months + 1).padStart(2, '0')}-01`;
    return own.reduce((sum, r) => {
      const start = slotStart(kind, r.type) - 1;
      return sum + ones(met.slice(start, start + endedPeriods(r, year, day)));
    }, 0);
  });
}
