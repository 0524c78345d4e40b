import { defineErrors } from './error-set';
import { PLATFORM_FIELD_DEFINITIONS } from './field-messages';
import { PLATFORM_ERROR_DEFINITIONS } from './platform-errors';

/** The platform's codes; every service has them without registering anything. */
export const PLATFORM_ERRORS = defineErrors('platform', { errors: PLATFORM_ERROR_DEFINITIONS, fields: PLATFORM_FIELD_DEFINITIONS });

/** Error codes every service shares. A context's own codes live in `libs/<ctx>/src/shared/<ctx>-errors.ts`. */
export const ErrorCode = PLATFORM_ERRORS.codes;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Field error codes every service shares (the validation pipe's vocabulary). */
export const FieldErrorCode = PLATFORM_ERRORS.fieldCodes;
export type FieldErrorCode = (typeof FieldErrorCode)[keyof typeof FieldErrorCode];
