import { Injectable, PipeTransform } from '@nestjs/common';
import { DomainError, FieldErrorCode } from '@qaztech/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed path id is the caller's mistake (400), never a database error (500). */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  transform(value: string): string {
    if (!UUID.test(value)) throw DomainError.validation([{ field: this.field, code: FieldErrorCode.INVALID_ID }]);
    return value.toLowerCase();
  }
}
