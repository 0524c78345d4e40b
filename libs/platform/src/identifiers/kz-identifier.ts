const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weightedSum(digits: readonly number[], weight: (index: number) => number): number {
  let sum = 0;
  for (let i = 0; i < 11; i += 1) sum += digits[i]! * weight(i);
  return sum % 11;
}

/**
 * Check digit of a Kazakh BIN or IIN (both share the algorithm): a first pass with weights
 * 1..11, and when that yields 10 a second pass with shifted weights. Returns undefined when
 * the second pass yields 10 too: no valid number has those eleven digits.
 */
export function kzCheckDigit(firstElevenDigits: readonly number[]): number | undefined {
  const first = weightedSum(firstElevenDigits, (i) => i + 1);
  if (first !== 10) return first;
  const second = weightedSum(firstElevenDigits, (i) => SECOND_PASS_WEIGHTS[i]!);
  return second === 10 ? undefined : second;
}

/** True for a 12-digit BIN or IIN whose check digit is right. */
export function isValidKzIdentifier(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  const digits = [...value].map(Number);
  return kzCheckDigit(digits.slice(0, 11)) === digits[11];
}
