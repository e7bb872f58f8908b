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

export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Full years of age on `on` for someone born on `birthDate`. */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
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
