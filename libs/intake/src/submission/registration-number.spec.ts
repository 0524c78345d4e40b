import { formatRegistrationNumber, registrationYear } from './registration-number';

describe('registration numbers', () => {
  it.each([
    [2026, 1, 'QTX-2026-000001'],
    [2026, 123, 'QTX-2026-000123'],
    [2027, 999_999, 'QTX-2027-999999'],
    [2027, 1_000_000, 'QTX-2027-1000000'],
  ])('year %i, number %i → %s', (year, sequence, expected) => {
    expect(formatRegistrationNumber(year, sequence)).toBe(expected);
  });

  it('refuses a number that is not a positive whole number', () => {
    expect(() => formatRegistrationNumber(2026, 0)).toThrow();
    expect(() => formatRegistrationNumber(2026, 1.5)).toThrow();
  });

  it('counts the year in Almaty: 31 December 19:00 UTC is already the new year there', () => {
    expect(registrationYear(new Date('2026-12-31T18:59:59Z'))).toBe(2026);
    expect(registrationYear(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
  });
});
