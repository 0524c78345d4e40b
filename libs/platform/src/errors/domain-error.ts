import { ErrorCode } from './error-codes';
import { AnyErrorCode, AnyFieldCode, MessageParams } from './error-set';

export type { MessageParams } from './error-set';

export interface FieldError {
  /** Dotted path into the request body or query, e.g. `justification.reasons.0.explanation`. */
  field: string;
  code: AnyFieldCode;
  params?: MessageParams;
}

/**
 * The only exception domain code throws. It names what went wrong, never how HTTP says it:
 * the exception filter owns the mapping to a status and the caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: AnyErrorCode,
    readonly details: readonly FieldError[] = [],
    readonly params: MessageParams = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }

  static validation(details: readonly FieldError[]): DomainError {
    return new DomainError(ErrorCode.VALIDATION_FAILED, details);
  }
}
