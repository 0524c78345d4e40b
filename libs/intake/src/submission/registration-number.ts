/** Registration numbers run per calendar year in Kazakhstan's time zone, not UTC's. */
export const REGISTRATION_TIME_ZONE = 'Asia/Almaty';

// Building a formatter loads time-zone data: once per process, not once per submission.
const YEAR_IN_ALMATY = new Intl.DateTimeFormat('en-US', { timeZone: REGISTRATION_TIME_ZONE, year: 'numeric' });

export function registrationYear(at: Date): number {
  return Number(YEAR_IN_ALMATY.format(at));
}
