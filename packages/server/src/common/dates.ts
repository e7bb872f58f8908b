// Calendar dates as the records keep them: `YYYY-MM-DD` strings, compared as text, with
// arithmetic done in UTC so no time zone or daylight rule can move a day.

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2200) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function parts(date: string): [number, number, number] {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function format(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return format(new Date(Date.UTC(y, m - 1, d + days)));
}

/**
 * The same day `months` later; where that month is shorter, its last day
 * (31 January + 1 month = 28 or 29 February), as periods are counted in Chinese practice.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))));
}

/**
 * The day `years` after `date` comes round: the same month and day, and for 29 February in a
 * common year, 1 March — the usual legal reading (one born on 29 February comes of age on
 * 1 March in a common year; docs/api.md, "Member development"). Every rule counted in years
 * uses it: an age, a year of cultivation or probation, a term.
 */
export function anniversary(date: string, years: number): string {
  const [y, m, d] = parts(date);
  // Date.UTC rolls 29 February of a common year over to 1 March, which is the reading above.
  return format(new Date(Date.UTC(y + years, m - 1, d)));
}

/** Full years from `from` to `on`: how many of its anniversaries have come by `on` (an age, from a birth date). */
export function ageOn(from: string, on: string): number {
  const years = parts(on)[0] - parts(from)[0];
  return anniversary(from, years) <= on ? years : years - 1;
}

/** 0 Monday … 6 Sunday. */
export function weekday(date: string): number {
  const [y, m, d] = parts(date);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** Today where the department works (China Standard Time, UTC+8, no daylight saving). */
export function todayInChina(now: Date = new Date()): string {
  return format(new Date(now.getTime() + 8 * 3_600_000));
}

/** The instant a day (YYYY-MM-DD) begins in China: its midnight at UTC+8. */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** A day as Chinese documents write it: 2026年12月5日. */
export function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
