import { DomainError } from '@qaztech/platform';
import { checkIfMatch, etagOf } from './if-match';

const codeOf = (run: () => void): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return (error as DomainError).code;
  }
};

describe('If-Match', () => {
  it.each([
    ['"3"', 3, undefined],
    ['3', 3, undefined],
    ['W/"3"', 3, undefined],
    ['"2", "3"', 3, undefined],
    ['*', 7, undefined],
    ['"2"', 3, 'VERSION_MISMATCH'],
    ['garbage', 3, 'VERSION_MISMATCH'],
  ])('%s against version %i → %s', (header, version, expected) => {
    expect(codeOf(() => checkIfMatch(header, version, true))).toBe(expected);
  });

  it('is required for edits and optional elsewhere', () => {
    expect(codeOf(() => checkIfMatch(undefined, 1, true))).toBe('PRECONDITION_REQUIRED');
    expect(codeOf(() => checkIfMatch(undefined, 1, false))).toBeUndefined();
  });

  it('quotes the ETag', () => {
    expect(etagOf(12)).toBe('"12"');
  });
});
