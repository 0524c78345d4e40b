import { registrationYear } from './registration-number';

describe('the registration year', () => {
  it('counts the year in Almaty: 31 December 19:00 UTC is already the new year there', () => {
    expect(registrationYear(new Date('2026-12-31T18:59:59Z'))).toBe(2026);
    expect(registrationYear(new Date('2026-12-31T19:00:00Z'))).toBe(2027);
  });
});
