import chineseDays from 'chinese-days';
import officialDays from 'chinese-days/dist/chinese-days.json';
import { addDays, weekday } from '../../common/dates';
import { CalendarDayKind, DayType } from './notice.entity';

/** The years the official holiday and make-up workday schedule (chinese-days) covers. */
export const OFFICIAL_YEARS: { from: number; to: number } = (() => {
  const years = Object.keys(officialDays.holidays).map((d) => Number(d.slice(0, 4)));
  return { from: Math.min(...years), to: Math.max(...years) };
})();

export type DaySource = 'OVERRIDE' | 'OFFICIAL' | 'WEEKDAY';

/**
 * Working days in China: a local override when the database holds one, else the State
 * Council's schedule of holidays and make-up workdays (the chinese-days package), else
 * Monday to Friday — which is all that is known of a year the schedule does not cover yet.
 */
export class WorkingCalendar {
  constructor(private readonly overrides: ReadonlyMap<string, CalendarDayKind> = new Map()) {}

  isWorkingDay(date: string): boolean {
    return this.describe(date).working;
  }

  describe(date: string): { working: boolean; source: DaySource } {
    const override = this.overrides.get(date);
    if (override) return { working: override === CalendarDayKind.WORKDAY, source: 'OVERRIDE' };
    if (covers(date)) return { working: chineseDays.isWorkday(date), source: 'OFFICIAL' };
    return { working: weekday(date) < 5, source: 'WEEKDAY' };
  }
}

export function covers(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= OFFICIAL_YEARS.from && year <= OFFICIAL_YEARS.to;
}

export interface NoticeSpan {
  endsOn: string;
  /** False when a working-day notice runs into a year the official schedule does not cover yet. */
  calendarCovered: boolean;
}

/**
 * The last day of a notice of `length` days from `startsOn`. Calendar days count from the
 * start day itself; working days count the working days from the start day on (a notice
 * posted on a holiday starts counting on the next working day).
 */
export function noticeEnd(startsOn: string, length: number, dayType: DayType, calendar: WorkingCalendar): NoticeSpan {
  if (dayType === DayType.CALENDAR) return { endsOn: addDays(startsOn, length - 1), calendarCovered: true };
  let day = startsOn;
  let counted = 0;
  let covered = true;
  for (;;) {
    const { working, source } = calendar.describe(day);
    if (source === 'WEEKDAY') covered = false;
    if (working) counted += 1;
    if (counted === length) return { endsOn: day, calendarCovered: covered };
    day = addDays(day, 1);
  }
}

/** Days past the start a working-day notice of `length` days can reach: enough for the Spring Festival. */
export function noticeHorizon(length: number): number {
  return length * 2 + 30;
}
