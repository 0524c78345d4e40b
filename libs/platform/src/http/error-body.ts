import { DomainError, FieldError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { Language } from '../errors/language';
import { errorCatalog, errorMessage, fieldErrorMessage } from '../errors/messages';
import { DatabaseSessionLostError } from '../database/in-transaction';

/** The one shape of every error this API returns. */
export interface ErrorBody {
  code: string;
  message: string;
  details: { field: string; code: string; message: string }[];
  requestId: string;
}

export function renderError(error: DomainError, language: Language, requestId: string): { status: number; body: ErrorBody } {
  return {
    status: errorCatalog.status(error.code),
    body: {
      code: error.code,
      message: errorMessage(error.code, language, error.params),
      details: error.details.map((detail: FieldError) => ({
        field: detail.field,
        code: detail.code,
        message: fieldErrorMessage(detail.code, language, detail.params),
      })),
      requestId,
    },
  };
}

/** Whether the process knows what to answer for every code the error carries. */
export function isRenderable(error: DomainError): boolean {
  return errorCatalog.hasError(error.code) && error.details.every((detail) => errorCatalog.hasField(detail.code));
}

/**
 * Errors raised outside our code (Fastify's parsers, the multipart plugin, Nest's router) carry
 * their own codes; this names each in our vocabulary. Unknown ones return undefined: a 500.
 */
export function translateFrameworkError(error: unknown): DomainError | undefined {
  const candidate = error as { code?: string; statusCode?: number; status?: number; name?: string };
  const status = candidate.statusCode ?? candidate.status;
  switch (candidate.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new DomainError(ErrorCode.MALFORMED_BODY);
    default:
      break;
  }
  if (candidate.name === 'SyntaxError' && status === 400) return new DomainError(ErrorCode.MALFORMED_BODY);
  if (candidate.name === 'NotFoundException' || status === 404) return new DomainError(ErrorCode.ROUTE_NOT_FOUND);
  if (status === 413) return new DomainError(ErrorCode.PAYLOAD_TOO_LARGE);
  if (status === 415) return new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
  if (status === 400) return new DomainError(ErrorCode.MALFORMED_BODY);
  return undefined;
}

/** PostgreSQL's refusals: too many connections, an administrator's or a crash's end of the session, a server starting or stopping. */
const UNAVAILABLE_SQLSTATES = new Set(['53300', '57P01', '57P02', '57P03']);
const UNREACHABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);

/**
 * Whether the error says a server we depend on is away or full, not that the request or our
 * code is wrong: the caller should try again, so it gets a 503, not a 500. PostgreSQL's own
 * codes (class 08, connection exceptions, and the refusals above) arrive on `pg`'s error or,
 * through TypeORM, on the query error and its `driverError`; a session ended while a
 * transaction held it idle arrives as `DatabaseSessionLostError` (see `inTransaction`).
 */
export function isDependencyUnavailable(error: unknown): boolean {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown }; message?: unknown } | null;
  if (!candidate || typeof candidate !== 'object') return false;
  if (error instanceof DatabaseSessionLostError) return true;
  const code = [candidate.code, candidate.driverError?.code].find((value): value is string => typeof value === 'string');
  if (code && (/^08[0-9A-Z]{3}$/.test(code) || UNAVAILABLE_SQLSTATES.has(code) || UNREACHABLE_SOCKET_CODES.has(code))) return true;
  const message = typeof candidate.message === 'string' ? candidate.message : '';
  return /^Connection terminated|timeout exceeded when trying to connect/.test(message);
}
