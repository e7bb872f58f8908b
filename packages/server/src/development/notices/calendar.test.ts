import { CalendarDayKind, DayType } from './notice.entity';
import { noticeEnd, OFFICIAL_YEARS, WorkingCalendar } from './calendar';

describe('working days and notice ends', () => {
  const official = new WorkingCalendar();

  it('follows the official 2026 National Day schedule: seven days off and two make-up Saturdays/Sundays', () => {
    expect(official.isWorkingDay('2026-10-01')).toBe(false);
    expect(official.isWorkingDay('2026-10-07')).toBe(false);
    expect(official.isWorkingDay('2026-10-08')).toBe(true);
    // Make-up workdays fall on a Sunday and a Saturday.
    expect(official.isWorkingDay('2026-09-20')).toBe(true);
    expect(official.isWorkingDay('2026-10-10')).toBe(true);
    expect(official.isWorkingDay('2026-10-11')).toBe(false);
  });

  it('ends a ten-working-day notice across National Day on the tenth working day, make-up Saturday counted', () => {
    // 9-28, 9-29, 9-30, [10-1 … 10-7 off], 10-8, 10-9, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15.
    expect(noticeEnd('2026-09-28', 10, DayType.WORKING, official)).toEqual({ endsOn: '2026-10-15', calendarCovered: true });
    // Ten calendar days from the same start end inside the holiday.
    expect(noticeEnd('2026-09-28', 10, DayType.CALENDAR, official)).toEqual({ endsOn: '2026-10-07', calendarCovered: true });
  });

  it('starts counting on the next working day when posted on a holiday', () => {
    expect(noticeEnd('2026-10-03', 1, DayType.WORKING, official).endsOn).toBe('2026-10-08');
  });

  it('counts a Spring Festival notice with its make-up workdays', () => {
    // 2026: 2-15 … 2-23 off; 2-14 (Saturday) and 2-28 (Saturday) are make-up workdays.
    expect(official.isWorkingDay('2026-02-14')).toBe(true);
    expect(official.isWorkingDay('2026-02-16')).toBe(false);
    expect(noticeEnd('2026-02-12', 5, DayType.WORKING, official).endsOn).toBe('2026-02-25');
  });

  it('puts local overrides over the official schedule', () => {
    const local = new WorkingCalendar(new Map([['2026-10-12', CalendarDayKind.HOLIDAY], ['2026-10-11', CalendarDayKind.WORKDAY]]));
    expect(local.isWorkingDay('2026-10-12')).toBe(false);
    expect(noticeEnd('2026-09-28', 10, DayType.WORKING, local)).toEqual({ endsOn: '2026-10-15', calendarCovered: true });
    const holidayOnly = new WorkingCalendar(new Map([['2026-10-12', CalendarDayKind.HOLIDAY]]));
    expect(noticeEnd('2026-09-28', 10, DayType.WORKING, holidayOnly).endsOn).toBe('2026-10-16');
  });

  it('says when a notice runs into a year the official schedule does not cover yet', () => {
    const lastYear = OFFICIAL_YEARS.to;
    const span = noticeEnd(`${lastYear}-12-24`, 10, DayType.WORKING, official);
    expect(span.calendarCovered).toBe(false);
    expect(span.endsOn > `${lastYear}-12-31`).toBe(true);
  });
});
