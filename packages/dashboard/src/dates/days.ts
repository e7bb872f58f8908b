/**
 * A calendar day as the API and the forms keep it: `YYYY-MM-DD`, a day in China's calendar
 * with no time and no time zone. The date picker works with `Date` objects; these two turn one
 * into the other through the local year, month and day only, so no time zone can move a day.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The `Date` (local midnight) of a `YYYY-MM-DD`; null for an empty or malformed value. */
export function dateOfDay(day: unknown): Date | null {
  if (typeof day !== 'string') return null;
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(2000, 0, 1);
  // setFullYear, not the constructor: it would read years before 100 as 19xx.
  value.setFullYear(year, month - 1, date);
  // 2026-02-30 is no day: the Date rolls over into March.
  if (value.getFullYear() !== year || value.getMonth() !== month - 1 || value.getDate() !== date) return null;
  return value;
}

/** The `YYYY-MM-DD` of a `Date`'s local year, month and day. */
export function dayOfDate(value: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1, 2)}-${pad(value.getDate(), 2)}`;
}

/** The shape every date input shows and takes, in both languages (date-fns tokens). */
export const DAY_FORMAT = 'yyyy-MM-dd';
