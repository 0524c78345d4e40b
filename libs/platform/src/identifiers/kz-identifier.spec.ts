import { isValidKzIdentifier, kzCheckDigit } from './kz-identifier';

describe('Kazakh BIN/IIN check digit', () => {
  it.each([
    ['940140000385', true, 'BIN from the register'],
    ['990140004654', true, 'BIN from the register'],
    ['061211600012', true, 'IIN'],
    ['940140000386', false, 'wrong check digit'],
    ['94014000038', false, 'eleven digits'],
    ['9401400003850', false, 'thirteen digits'],
    ['94014000038a', false, 'a letter'],
    [' 940140000385', false, 'leading space'],
    ['', false, 'empty'],
  ])('%s is %s (%s)', (value, expected) => {
    expect(isValidKzIdentifier(value)).toBe(expected);
  });

  it('refuses values that are not strings', () => {
    expect(isValidKzIdentifier(940140000385)).toBe(false);
    expect(isValidKzIdentifier(null)).toBe(false);
  });

  it('uses the second weights when the first pass gives 10', () => {
    // A single 1 in the tenth place: the first pass gives 1·10 = 10, the second 1·1 = 1.
    const digits = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0];
    expect(kzCheckDigit(digits)).toBe(1);
    expect(isValidKzIdentifier('000000000101')).toBe(true);
    expect(isValidKzIdentifier('000000000100')).toBe(false);
  });

  it('has no valid number when both passes give 10', () => {
    // Find eleven digits for which both passes give 10, and check that no twelfth digit helps.
    const digits = findDigitsWithNoCheckDigit();
    expect(kzCheckDigit(digits)).toBeUndefined();
    for (let last = 0; last <= 9; last += 1) {
      expect(isValidKzIdentifier(digits.join('') + String(last))).toBe(false);
    }
  });
});

function findDigitsWithNoCheckDigit(): number[] {
  for (let n = 0; n < 100_000_000; n += 1) {
    const digits = n.toString().padStart(11, '0').split('').map(Number);
    if (kzCheckDigit(digits) === undefined) return digits;
  }
  throw new Error('no such digits found');
}
