import { dateOfDay, dayOfDate } from './days';

describe('calendar days and the date picker’s dates', () => {
  const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'America/Sao_Paulo', 'Pacific/Apia', 'UTC'];
  const saved = process.env.TZ;
  afterAll(() => {
    process.env.TZ = saved;
  });

  test.each(zones)('every day of 1900–2099 comes back the same in %s (a time zone or a clock change moves no day)', (zone) => {
    process.env.TZ = zone;
    for (let day = new Date(Date.UTC(1900, 0, 1)); day.getUTCFullYear() < 2100; day = new Date(day.getTime() + 86_400_000)) {
      const text = day.toISOString().slice(0, 10);
      const date = dateOfDay(text);
      if (!date || dayOfDate(date) !== text) throw new Error(`${text} came back as ${date && dayOfDate(date)} in ${zone}`);
    }
  });

  test('reads only whole, real days', () => {
    for (const text of ['', '2026-12', '2026-12-DD', 'YYYY-MM-DD', '2026-02-30', '2026-13-01', '2026-00-10', '2026-12-32', '2026/12/07', '12/07/2026', ' 2026-12-07', '2026-12-07T00:00']) {
      expect({ text, date: dateOfDay(text) }).toEqual({ text, date: null });
    }
    expect(dateOfDay(null)).toBeNull();
    expect(dateOfDay(new Date())).toBeNull();
    expect(dayOfDate(dateOfDay('2024-02-29')!)).toBe('2024-02-29');
    // Years before 100 are not taken for 19xx.
    expect(dayOfDate(dateOfDay('0099-03-01')!)).toBe('0099-03-01');
  });
});
