import { DomainError } from '../errors/domain-error';
import { BIGINT_SAFE_MAX, INT4_MAX, IntegerPipe } from './integer.pipe';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof DomainError ? `${error.details[0]?.field}:${error.details[0]?.code}` : String(error);
  }
};

describe('IntegerPipe', () => {
  const version = new IntegerPipe('version', { min: 1, max: INT4_MAX });
  const index = new IntegerPipe('index', { min: 0, max: BIGINT_SAFE_MAX });

  it.each([
    ['1', 1],
    ['2147483647', INT4_MAX],
    [7, 7],
  ])('takes %p within the column’s range', (value, expected) => {
    expect(version.transform(value)).toBe(expected);
  });

  it.each([
    ['2147483648', 'version:OUT_OF_RANGE'],
    ['0', 'version:OUT_OF_RANGE'],
    ['-1', 'version:OUT_OF_RANGE'],
    ['99999999999999999999999', 'version:OUT_OF_RANGE'],
    [2147483648, 'version:OUT_OF_RANGE'],
    ['1.5', 'version:MUST_BE_INTEGER'],
    ['1e3', 'version:MUST_BE_INTEGER'],
    [' 1', 'version:MUST_BE_INTEGER'],
    ['abc', 'version:MUST_BE_INTEGER'],
    [Number.NaN, 'version:MUST_BE_INTEGER'],
    [1.5, 'version:MUST_BE_INTEGER'],
  ])('refuses %p as %s', (value, expected) => {
    expect(codeOf(() => version.transform(value))).toBe(expected);
  });

  it('holds a bigint column to what a JavaScript number carries exactly', () => {
    expect(index.transform(String(BIGINT_SAFE_MAX))).toBe(BIGINT_SAFE_MAX);
    expect(codeOf(() => index.transform('9007199254740992'))).toBe('index:OUT_OF_RANGE');
    expect(codeOf(() => index.transform('9223372036854775807'))).toBe('index:OUT_OF_RANGE');
  });
});
