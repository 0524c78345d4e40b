import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { FieldErrorCode } from '../errors/error-codes';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path identifiers are UUIDs; anything else is a field error, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw DomainError.validation([{ field: this.field, code: FieldErrorCode.INVALID_ID }]);
    return value.toLowerCase();
  }
}
