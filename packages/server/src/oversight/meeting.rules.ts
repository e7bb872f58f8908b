import { addDays } from '../common/dates';
import { OrganizationKind } from '../organizations';
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

/**
 * Regularity of one organization in one year: each requirement's periods that have ended by
 * `today`, and how many of them had their meetings. Held meetings count by the day they were held.
 */
export function regularity(requirements: Requirement[], heldOn: { type: MeetingType; heldOn: string }[], year: number, today: string): RegularityResult {
  const byType = requirements.map((r) => {
    const ended = periodsOf(year, r.period).filter(([, last]) => last < today);
    const compliant = ended.filter(([first, last]) => heldOn.filter((m) => m.type === r.type && m.heldOn >= first && m.heldOn <= last).length >= r.minCount);
    return { type: r.type, period: r.period, elapsed: ended.length, compliant: compliant.length };
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
