import { DomainError, FieldError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { Language } from '../errors/language';
import { errorCatalog, errorMessage, fieldErrorMessage } from '../errors/messages';

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
