import { byCoverage, dayBefore, overdueLink, oversightFilter, percent, uncoveredCount, yearFrom } from './oversight';

describe('oversight helpers', () => {
  it('orders chambers as the coverage page says: organization coverage, then work coverage, lowest first', () => {
    const chamber = (chamberName: string, withMembers: number, org: number, enterprises: number, work: number) => ({
      chamberName,
      enterprises,
      enterprisesWithMembers: withMembers,
      organizationCovered: org,
      organizationCoverage: withMembers ? org / withMembers : 0,
      workCovered: work,
      workCoverage: enterprises ? work / enterprises : 0,
    });
    const rows = [
      chamber('甲', 4, 4, 10, 2), // all covered by organizations, little work coverage
      chamber('乙', 4, 1, 10, 9),
      chamber('丙', 0, 0, 5, 5), // nobody to cover by organizations: not 0%
      chamber('丁', 4, 1, 10, 5),
    ];
    expect([...rows].sort(byCoverage).map((c) => c.chamberName)).toEqual(['丁', '乙', '甲', '丙']);
    expect(rows.map(uncoveredCount)).toEqual([8, 4, 0, 8]);
  });

  it('drills each overdue count down to the list filtered to what it counted', () => {
    expect(overdueLink('TALK_OVERDUE', 2025, '2026-03-01')).toBe(`/developmentCases?filter=${encodeURIComponent('{"alert":"TALK_OVERDUE","open":"true"}')}`);
    expect(overdueLink('MEETING_NOT_HELD', 2026, '2026-03-01')).toBe(`/meetings?filter=${encodeURIComponent('{"status":"PLANNED","plannedOn_lte":"2026-02-28"}')}`);
    expect(overdueLink('LETTER_MISSING', 2025, '2026-03-01')).toBe('/oversight/letters?year=2025');
    expect(overdueLink('ANNUAL_ONLY', 2025, '2026-03-01')).toBe('/oversight/regularity?year=2025&annualOnly=1');
    expect(overdueLink('TERM_OVERDUE', 2025, '2026-03-01')).toBe(`/organizations?filter=${encodeURIComponent('{"termState":"OVERDUE"}')}`);
    expect(overdueLink('RECTIFICATION_OPEN', 2025, '2026-03-01')).toBe(`/rectificationCases?filter=${encodeURIComponent('{"open":"true"}')}`);
  });

  it('words shares and days as the pages show them', () => {
    expect(percent(0.667)).toBe('66.7%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(0)).toBe('0.0%');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
  });

  it('sends only the filters the server knows, `open` as a boolean', () => {
    expect(oversightFilter({ open: 'true', state: '', stale: 'x' }, ['open', 'state'])).toEqual({ open: true });
    expect(oversightFilter({ open: 'false' }, ['open'])).toEqual({ open: false });
  });

  it('takes the year from the address, or this year', () => {
    expect(yearFrom('?year=2025', new Date(2026, 5, 1))).toBe(2025);
    expect(yearFrom('?year=abc', new Date(2026, 5, 1))).toBe(2026);
    expect(yearFrom('', new Date(2026, 5, 1))).toBe(2026);
    expect(yearFrom('?year=1900', new Date(2026, 5, 1))).toBe(2026);
  });
});
