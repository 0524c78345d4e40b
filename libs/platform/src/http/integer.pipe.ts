import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { FieldErrorCode } from '../errors/error-codes';

/** Largest value of a PostgreSQL `integer` column. */
export const INT4_MAX = 2_147_483_647;
/** Largest `bigint` a JavaScript number carries exactly; beyond it a row could not be named. */
export const BIGINT_SAFE_MAX = Number.MAX_SAFE_INTEGER;

const DIGITS = /^-?\d+$/;

/**
 * A whole number in a path, within the range of the column it names. Beyond that range the
 * database would refuse the query as a server error; here it is the caller's field error. The
 * global validation pipe runs first and has already made a number of the text when the handler
 * declares one, so both are taken.
 */
@Injectable()
export class IntegerPipe implements PipeTransform<string | number, number> {
  constructor(
    private readonly field: string,
    private readonly range: { min: number; max: number },
  ) {}

  transform(value: string | number): number {
    const number = typeof value === 'number' ? value : DIGITS.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(number)) throw DomainError.validation([{ field: this.field, code: FieldErrorCode.MUST_BE_INTEGER }]);
    if (!Number.isSafeInteger(number) || number < this.range.min || number > this.range.max) {
      throw DomainError.validation([{ field: this.field, code: FieldErrorCode.OUT_OF_RANGE }]);
    }
    return number;
  }
}
