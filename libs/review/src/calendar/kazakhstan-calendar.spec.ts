import { defaultCalendarYear, KNOWN_YEAR_RULES } from './kazakhstan-calendar';

const datesOf = (year: number) => defaultCalendarYear(year, KNOWN_YEAR_RULES[year]!).map((day) => day.date);

describe('default Kazakhstan calendar', () => {
  it('reproduces the 2026 days off on weekdays, transfers included', () => {
    expect(datesOf(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-01-07',
      '2026-03-09',
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-05-01',
      '2026-05-07',
      '2026-05-11',
      '2026-05-27',
      '2026-07-06',
      '2026-10-26',
      '2026-12-16',
    ]);
  });

  it('moves 2025 weekend holidays, Constitution Day on 30 August included', () => {
    expect(datesOf(2025)).toEqual([
      '2025-01-01',
      '2025-01-02',
      '2025-01-07',
      '2025-03-10',
      '2025-03-21',
      '2025-03-24',
      '2025-03-25',
      '2025-05-01',
      '2025-05-07',
      '2025-05-09',
      '2025-06-06',
      '2025-07-07',
      '2025-09-01',
      '2025-10-27',
      '2025-12-16',
    ]);
  });

  it('has Constitution Day on 15 March from 2027 and never moves Kurban Ait off a Sunday', () => {
    const dates = datesOf(2027);
    expect(dates).toEqual(expect.arrayContaining(['2027-03-15', '2027-01-04', '2027-03-24', '2027-05-03', '2027-05-10']));
    expect(dates).not.toContain('2027-05-16');
    expect(dates).not.toContain('2027-05-17');
    expect(dates).not.toContain('2027-08-30');
  });
});
