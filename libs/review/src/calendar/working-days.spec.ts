import { defaultCalendarYear, KNOWN_YEAR_RULES } from './kazakhstan-calendar';
import { addWorkingDays, almatyDate, calendarOf, endOfAlmatyDay, isWorkingDay, workingDaysBetween } from './working-days';

const calendar2026 = calendarOf([2026, 2027].flatMap((year) => defaultCalendarYear(year, KNOWN_YEAR_RULES[year]!)));

describe('working days', () => {
  it.each<[string, number, string]>([
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-23', 1, '2026-11-24'], // Monday → Tuesday
    ['2026-11-27', 1, '2026-11-30'], // Friday → Monday
    ['2026-11-28', 1, '2026-11-30'], // from a Saturday
    ['2026-11-23', 3, '2026-11-26'],
    ['2026-11-23', 10, '2026-12-07'],
    ['2026-03-20', 1, '2026-03-26'], // Nauryz: 23, 24, 25 March off
    ['2026-03-05', 3, '2026-03-11'], // 9 March replaces 8 March, a Sunday
    ['2026-05-08', 1, '2026-05-12'], // 11 May replaces 9 May, a Saturday
    ['2026-05-26', 1, '2026-05-28'], // Kurban Ait, 27 May
    ['2026-10-23', 1, '2026-10-27'], // 26 October replaces 25 October, a Sunday
    ['2026-12-15', 1, '2026-12-17'], // Independence Day
    ['2025-12-31', 1, '2026-01-05'], // 1-2 January off, then the weekend
    ['2026-01-06', 1, '2026-01-08'], // Orthodox Christmas
    ['2026-12-11', 15, '2027-01-06'], // across the year end: 16 December, 1 and 4 January off
  ])('%s + %i working days = %s', (start, days, expected) => {
    expect(addWorkingDays(start, days, calendar2026)).toBe(expected);
  });

  it('honours a working Saturday and a day off added by an administrator', () => {
    const calendar = calendarOf([
      { date: '2026-11-28', kind: 'working_day' },
      { date: '2026-11-30', kind: 'day_off' },
    ]);
    expect(isWorkingDay('2026-11-28', calendar)).toBe(true);
    expect(addWorkingDays('2026-11-27', 1, calendar)).toBe('2026-11-28');
    expect(addWorkingDays('2026-11-28', 1, calendar)).toBe('2026-12-01');
  });

  it.each<[string, string, number]>([
    ['2026-03-20', '2026-03-26', 1],
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-23', '2026-11-20', 0],
    ['2026-11-23', '2026-12-07', 10],
  ])('between %s and %s: %i', (from, to, expected) => {
    expect(workingDaysBetween(from, to, calendar2026)).toBe(expected);
  });

  it('refuses a negative count', () => {
    expect(() => addWorkingDays('2026-01-01', -1, calendar2026)).toThrow(RangeError);
  });

  it('reads dates and day ends in Almaty time (UTC+5)', () => {
    expect(almatyDate(new Date('2026-11-23T18:59:59Z'))).toBe('2026-11-23');
    expect(almatyDate(new Date('2026-11-23T19:00:00Z'))).toBe('2026-11-24');
    expect(endOfAlmatyDay('2026-11-23').toISOString()).toBe('2026-11-23T19:00:00.000Z');
  });
});
