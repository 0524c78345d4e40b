import { ErrorCode } from './error-codes';

/** Exhaustive: adding a code without a status fails to compile. */
export const HTTP_STATUS_BY_CODE: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.MALFORMED_BODY]: 400,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.TOKEN_EXPIRED]: 401,
  [ErrorCode.TOKEN_INVALID]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.ROUTE_NOT_FOUND]: 404,
  [ErrorCode.REQUEST_NOT_FOUND]: 404,
  [ErrorCode.ATTACHMENT_NOT_FOUND]: 404,
  [ErrorCode.VERSION_NOT_FOUND]: 404,
  [ErrorCode.LEDGER_ENTRY_NOT_FOUND]: 404,
  [ErrorCode.TILE_NOT_FOUND]: 404,
  [ErrorCode.CHECKPOINT_NOT_FOUND]: 404,
  [ErrorCode.INVALID_TRANSITION]: 409,
  [ErrorCode.PRECONDITION_REQUIRED]: 428,
  [ErrorCode.VERSION_MISMATCH]: 412,
  [ErrorCode.IDEMPOTENCY_KEY_REUSED]: 422,
  [ErrorCode.INCOMPLETE_REQUEST]: 422,
  [ErrorCode.FILE_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_FILE_TYPE]: 415,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
  [ErrorCode.INTERNAL_ERROR]: 500,
};
