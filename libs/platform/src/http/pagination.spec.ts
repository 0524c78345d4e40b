import { DomainError } from '../errors/domain-error';
import { decodeCursor, encodeCursor, toPage } from './pagination';

const acceptPosition = (values: unknown[]): number | undefined =>
  values.length === 1 && Number.isSafeInteger(values[0]) ? (values[0] as number) : undefined;

describe('cursor pagination', () => {
  it('round-trips a key through an opaque cursor', () => {
    const cursor = encodeCursor([42]);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, acceptPosition)).toBe(42);
  });

  it.each(['', 'not base64 at all!', encodeCursor(['x']), encodeCursor([1, 2]), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses the forged cursor %p with a field error',
    (cursor) => {
      try {
        decodeCursor(cursor, acceptPosition);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).details).toEqual([{ field: 'cursor', code: 'INVALID_CURSOR' }]);
      }
    },
  );

  it('gives a next cursor only when there is a next row', () => {
    const rows = [{ p: 5 }, { p: 4 }, { p: 3 }];
    const full = toPage(
      rows,
      2,
      (row) => row.p,
      (row) => [row.p],
    );
    expect(full.items).toEqual([5, 4]);
    expect(decodeCursor(full.nextCursor!, acceptPosition)).toBe(4);
    const last = toPage(
      rows,
      3,
      (row) => row.p,
      (row) => [row.p],
    );
    expect(last).toEqual({ items: [5, 4, 3] });
  });
});
