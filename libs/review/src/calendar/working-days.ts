import { CalendarDayKind } from '@qaztech/contracts';

/**
 * Working-day arithmetic on Kazakhstan's calendar. Saturday and Sunday are days off unless the
 * calendar makes one a working day; any weekday the calendar marks is a day off (a holiday or a
 * day moved by decree). Dates are `YYYY-MM-DD` in Asia/Almaty.
 */
export interface WorkingCalendar {
  readonly days: ReadonlyMap<string, CalendarDayKind>;
}

const DAY_MS = 24 * 3600 * 1000;
/** Asia/Almaty has been UTC+5 all year round since March 2024. */
export const ALMATY_OFFSET_MS = 5 * 3600 * 1000;

export function calendarOf(days: Iterable<{ date: string; kind: CalendarDayKind }>): WorkingCalendar {
  return { days: new Map([...days].map((day) => [day.date, day.kind])) };
}

export function addCalendarDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  const marked = calendar.days.get(date);
  if (marked) return marked === 'working_day';
  return !isWeekend(date);
}

/** The `count`-th working day after `start` (the start day itself never counts). */
export function addWorkingDays(start: string, count: number, calendar: WorkingCalendar): string {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${count}`);
  let date = start;
  let remaining = count;
  while (remaining > 0) {
    date = addCalendarDays(date, 1);
    if (isWorkingDay(date, calendar)) remaining -= 1;
  }
  return date;
}

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): number {
  let count = 0;
  for (let date = addCalendarDays(from, 1); date <= to; date = addCalendarDays(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1;
  }
  return count;
}

/** The Almaty calendar date of an instant. */
export function almatyDate(instant: Date): string {
  return new Date(instant.getTime() + ALMATY_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a date ends in Almaty: a task due on a date may be done until its last minute. */
export function endOfAlmatyDay(date: string): Date {
  return new Date(Date.parse(`${addCalendarDays(date, 1)}T00:00:00Z`) - ALMATY_OFFSET_MS);
}
