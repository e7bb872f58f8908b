import fc from 'fast-check';
import { addDays, ageOn, anniversary } from './dates';

// One anniversary rule for every period counted in years (docs/api.md, "Member development").
describe('anniversaries', () => {
  it('bring 29 February round on 1 March in a common year and on 29 February in a leap year', () => {
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01');
    expect(anniversary('2004-02-29', 20)).toBe('2024-02-29');
    expect(anniversary('2024-02-29', 1)).toBe('2025-03-01');
    expect(anniversary('2023-03-01', 1)).toBe('2024-03-01');
    expect(anniversary('2024-02-28', 1)).toBe('2025-02-28');
    expect(anniversary('2030-03-01', -6)).toBe('2024-03-01');
  });

  it('are the days a count of years changes on: reached on the anniversary, not the day before', () => {
    const day = fc.date({ min: new Date('1940-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 100 }), (from, years) => {
        const on = anniversary(from, years);
        expect(ageOn(from, on)).toBe(years);
        expect(ageOn(from, addDays(on, -1))).toBe(years - 1);
      }),
      { numRuns: 2000 },
    );
  });
});
