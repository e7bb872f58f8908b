import { OrganizationKind } from '../organizations/organization.entity';
import { MeetingPeriod, MeetingType } from './meeting.entity';
import { addDays } from '../common/dates';
import { DEFAULT_REQUIREMENTS, TALLY_LENGTH, compliantByMonthsEnded, monthsEnded, periodsMet, periodsOf, regularity, slotStart, tallyOf } from './meeting.rules';
import { PARTY_KINDS } from '../organizations/organization.entity';

const branch = DEFAULT_REQUIREMENTS.filter((r) => r.organizationKind === OrganizationKind.BRANCH);

describe('meeting regularity, worked out by hand', () => {
  it('splits a year into months, quarters, halves', () => {
    expect(periodsOf(2026, MeetingPeriod.QUARTER)).toEqual([
      ['2026-01-01', '2026-03-31'],
      ['2026-04-01', '2026-06-30'],
      ['2026-07-01', '2026-09-30'],
      ['2026-10-01', '2026-12-31'],
    ]);
    expect(periodsOf(2024, MeetingPeriod.MONTH)[1]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('counts compliant periods of a branch up to 2026-07-15', () => {
    // Ended by 2026-07-15: quarters Q1, Q2 (2 each for members' meeting and lecture), months Jan–Jun (6 each for committee and group).
    // Elapsed: 2 + 2 + 6 + 6 = 16.
    const held = [
      { type: MeetingType.MEMBERS_MEETING, heldOn: '2026-03-20' }, // Q1 ✓
      { type: MeetingType.MEMBERS_MEETING, heldOn: '2026-07-02' }, // Q3, not ended: not counted
      { type: MeetingType.PARTY_LECTURE, heldOn: '2026-02-10' }, // Q1 ✓
      { type: MeetingType.PARTY_LECTURE, heldOn: '2026-05-10' }, // Q2 ✓
      ...['01', '02', '03', '05'].map((m) => ({ type: MeetingType.COMMITTEE_MEETING, heldOn: `2026-${m}-15` })), // 4 of 6 months
      ...['01', '01', '04'].map((m) => ({ type: MeetingType.GROUP_MEETING, heldOn: `2026-${m}-20` })), // Jan twice, Apr: 2 of 6
    ];
    const result = regularity(branch, held, 2026, '2026-07-15');
    // Compliant: members 1 (Q1), lecture 2, committee 4, group 2 = 9 of 16.
    expect(result).toMatchObject({ elapsedPeriods: 16, compliantPeriods: 9, regularity: 0.563, heldMeetings: 11, annualOnly: false });
    expect(result.byType).toEqual([
      { type: MeetingType.MEMBERS_MEETING, period: MeetingPeriod.QUARTER, elapsed: 2, compliant: 1 },
      { type: MeetingType.COMMITTEE_MEETING, period: MeetingPeriod.MONTH, elapsed: 6, compliant: 4 },
      { type: MeetingType.GROUP_MEETING, period: MeetingPeriod.MONTH, elapsed: 6, compliant: 2 },
      { type: MeetingType.PARTY_LECTURE, period: MeetingPeriod.QUARTER, elapsed: 2, compliant: 2 },
    ]);
  });

  it('flags an organization that met only once in the year, even with several meetings on that day', () => {
    const held = [MeetingType.MEMBERS_MEETING, MeetingType.PARTY_LECTURE, MeetingType.COMMITTEE_MEETING].map((type) => ({ type, heldOn: '2026-06-30' }));
    const result = regularity(branch, held, 2026, '2026-12-31');
    expect(result.annualOnly).toBe(true);
    // Ended by 2026-12-31 (the last day itself has not ended): Q1–Q3 ×2 types = 6, months Jan–Nov ×2 = 22: 28 periods; compliant: Q2 members, Q2 lecture, June committee = 3.
    expect(result).toMatchObject({ elapsedPeriods: 28, compliantPeriods: 3, regularity: 0.107 });
  });

  it('counts a period on its last day only once it has ended', () => {
    const onLastDay = regularity(branch, [], 2026, '2026-03-31');
    expect(onLastDay.elapsedPeriods).toBe(2 * 2); // January and February, twice; no quarter yet
    const dayAfter = regularity(branch, [], 2026, '2026-04-01');
    expect(dayAfter.elapsedPeriods).toBe(3 * 2 + 2); // three months twice, and Q1 twice
    expect(dayAfter.regularity).toBe(0);
  });

  it('tallies a year as flags per period, in a slot per party kind and type that no other overlaps', () => {
    const held = [
      { type: MeetingType.MEMBERS_MEETING, heldOn: '2026-03-20' },
      { type: MeetingType.MEMBERS_MEETING, heldOn: '2026-07-02' },
      ...['01', '02', '05'].map((m) => ({ type: MeetingType.COMMITTEE_MEETING, heldOn: `2026-${m}-15` })),
    ];
    const [members, committee] = branch;
    expect(periodsMet(members, held, 2026)).toBe('1010');
    expect(periodsMet(committee, held, 2026)).toBe('110010000000');
    expect(periodsMet({ ...committee, period: MeetingPeriod.QUARTER, minCount: 2 }, held, 2026)).toBe('1000');

    const tally = tallyOf(DEFAULT_REQUIREMENTS, held, 2026);
    // The column holds 240 characters (meeting_year.met): a new party kind or meeting type needs a migration first.
    expect(tally).toHaveLength(TALLY_LENGTH);
    expect(TALLY_LENGTH).toBe(240);
    const at = (kind: OrganizationKind, type: MeetingType, n: number) => tally.slice(slotStart(kind, type) - 1, slotStart(kind, type) - 1 + n);
    expect(at(OrganizationKind.BRANCH, MeetingType.MEMBERS_MEETING, 4)).toBe('1010');
    expect(at(OrganizationKind.BRANCH, MeetingType.COMMITTEE_MEETING, 12)).toBe('110010000000');
    // A committee's slot holds its own requirement's flags too, so a branch that becomes a committee is read right.
    expect(at(OrganizationKind.PARTY_COMMITTEE, MeetingType.COMMITTEE_MEETING, 12)).toBe('110010000000');
    expect(at(OrganizationKind.PARTY_COMMITTEE, MeetingType.MEMBERS_MEETING, 12)).toBe('000000000000');
    const starts = PARTY_KINDS.flatMap((kind) => Object.values(MeetingType).map((type) => slotStart(kind, type))).sort((a, b) => a - b);
    expect(starts).toEqual(starts.map((_, i) => i * 12 + 1));
  });

  it('bands a tally for every day of the year as regularity counts it on that day', () => {
    // A half-year requirement beside the defaults, so every length of period is in play.
    const requirements = DEFAULT_REQUIREMENTS.map((r) =>
      r.organizationKind === OrganizationKind.BRANCH && r.type === MeetingType.GROUP_MEETING ? { ...r, period: MeetingPeriod.HALF_YEAR, minCount: 2 } : r,
    );
    const types = Object.values(MeetingType);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const held = Array.from({ length: 30 }, () => ({ type: types[Math.floor(random() * types.length)], heldOn: addDays('2026-01-01', Math.floor(random() * 365)) }));
    for (const kind of PARTY_KINDS) {
      const own = requirements.filter((r) => r.organizationKind === kind);
      const bands = compliantByMonthsEnded(requirements, kind, tallyOf(requirements, held, 2026), 2026);
      expect(bands).toHaveLength(13);
      for (let day = '2025-12-31'; day <= '2027-01-02'; day = addDays(day, 1)) {
        expect({ kind, day, compliant: bands[monthsEnded(2026, day)] }).toEqual({ kind, day, compliant: regularity(own, held, 2026, day).compliantPeriods });
      }
    }
  });
});
