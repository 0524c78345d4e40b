import { CalendarDayKind } from '@qaztech/contracts';
import { calendarProblems } from './replace-calendar.use-case';

const day = (date: string, kind: CalendarDayKind = 'day_off') => ({ date, kind, name: 'x' });
const problems = (...days: ReturnType<typeof day>[]) => calendarProblems(2026, { days }).map((p) => `${p.field}:${p.code}`);

describe('a replacement calendar year', () => {
  it.each<[string, ReturnType<typeof day>[], string[]]>([
    ['the 2026 transfers', [day('2026-03-23'), day('2026-03-24'), day('2026-03-25')], []],
    ['a working Saturday', [day('2026-11-28', 'working_day')], []],
    ['an empty year', [], []],
    ['a day of another year', [day('2027-01-01')], ['days.0.date:OUTSIDE_YEAR']],
    ['a weekday made a working day', [day('2026-11-25', 'working_day')], ['days.0.kind:MUST_BE_WEEKEND']],
    ['the same date twice', [day('2026-05-01'), day('2026-05-01', 'working_day')], ['days.1.date:DUPLICATE_VALUE']],
  ])('%s', (_name, days, expected) => {
    expect(problems(...days)).toEqual(expected);
  });
});
