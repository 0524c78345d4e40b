import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { FieldErrorCode } from '../errors/error-codes';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  /** Absent on the last page. */
  nextCursor?: string;
}

/**
 * A cursor is the sort key of the last row seen, opaque to clients. Keyset pagination stays
 * correct while rows are inserted, unlike an offset.
 */
export type CursorValues = readonly (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** `accept` checks the decoded values' shape and returns the typed key, or undefined. */
export function decodeCursor<K>(cursor: string, accept: (values: unknown[]) => K | undefined): K {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const key = Array.isArray(decoded) ? accept(decoded) : undefined;
    if (key !== undefined) return key;
  } catch {
    // Falls through to the validation error below.
  }
  throw DomainError.validation([{ field: 'cursor', code: FieldErrorCode.INVALID_CURSOR }]);
}

/** Builds a page from `limit + 1` rows: the extra row only proves there is a next page. */
export function toPage<R, T>(rows: readonly R[], limit: number, map: (row: R) => T, keyOf: (row: R) => CursorValues): Page<T> {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const page: Page<T> = { items: items.map(map) };
  if (rows.length > limit && last !== undefined) page.nextCursor = encodeCursor(keyOf(last));
  return page;
}
