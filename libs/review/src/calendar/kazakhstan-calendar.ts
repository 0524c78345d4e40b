import { CalendarDayV1 } from '@qaztech/contracts';
import { addCalendarDays, isWeekend } from './working-days';

/**
 * The default calendar of a year, built from the rules of the Labour Code: public holidays that
 * fall on a weekend move to the next working day, except 7 January and the first day of Kurban
 * Ait, which never move. A decree may move further days; those are data an administrator sets
 * through the calendar API, and this is only the starting point the database is seeded with.
 */
export interface YearRules {
  kurbanAit: string;
  /** MM-DD of Constitution Day that year, or null when it is not a holiday. */
  constitutionDay: string | null;
}

const MOVABLE: readonly [string, string][] = [
  ['01-01', 'Жаңа жыл / Новый год'],
  ['01-02', 'Жаңа жыл / Новый год'],
  ['03-08', 'Халықаралық әйелдер күні / Международный женский день'],
  ['03-21', 'Наурыз мейрамы / Наурыз мейрамы'],
  ['03-22', 'Наурыз мейрамы / Наурыз мейрамы'],
  ['03-23', 'Наурыз мейрамы / Наурыз мейрамы'],
  ['05-01', 'Қазақстан халқының бірлігі мерекесі / Праздник единства народа Казахстана'],
  ['05-07', 'Отан қорғаушы күні / День защитника Отечества'],
  ['05-09', 'Жеңіс күні / День Победы'],
  ['07-06', 'Астана күні / День столицы'],
  ['10-25', 'Республика күні / День Республики'],
  ['12-16', 'Тәуелсіздік күні / День Независимости'],
];
const CHRISTMAS: [string, string] = ['01-07', 'Православиелік Рождество / Православное Рождество'];
const KURBAN_AIT = 'Құрбан айт / Курбан айт';
const CONSTITUTION_DAY = 'Конституция күні / День Конституции';

/**
 * Rules known for the seeded years; Kurban Ait follows the lunar calendar. 2026 has no
 * Constitution Day on purpose: the new Constitution moved it from 30 August (kept last in 2025)
 * to 15 March, from 2027 on, so no day of 2026 is that holiday.
 */
export const KNOWN_YEAR_RULES: Readonly<Record<number, YearRules>> = {
  2025: { kurbanAit: '2025-06-06', constitutionDay: '08-30' },
  2026: { kurbanAit: '2026-05-27', constitutionDay: null },
  2027: { kurbanAit: '2027-05-16', constitutionDay: '03-15' },
};

/** Weekdays off (and nothing else: weekends are days off anyway), sorted by date. */
export function defaultCalendarYear(year: number, rules: YearRules): CalendarDayV1[] {
  const off = new Map<string, string>();
  const fixed: [string, string][] = [
    [`${year}-${CHRISTMAS[0]}`, CHRISTMAS[1]],
    [rules.kurbanAit, KURBAN_AIT],
  ];
  for (const [date, name] of fixed) if (!isWeekend(date)) off.set(date, name);
  const movable: [string, string][] = MOVABLE.map(([day, name]) => [`${year}-${day}`, name]);
  if (rules.constitutionDay) movable.push([`${year}-${rules.constitutionDay}`, CONSTITUTION_DAY]);
  movable.sort(([a], [b]) => a.localeCompare(b));
  for (const [date, name] of movable) if (!isWeekend(date)) off.set(date, name);
  for (const [date, name] of movable.filter(([date]) => isWeekend(date))) {
    let moved = addCalendarDays(date, 1);
    while (isWeekend(moved) || off.has(moved)) moved = addCalendarDays(moved, 1);
    // Says that the day off was moved, and from where, in both languages as the name is.
    off.set(moved, `${name} — ${date} күнінен ауыстырылған / перенос с ${date}`);
  }
  return [...off.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, kind: 'day_off' as const, name }));
}
