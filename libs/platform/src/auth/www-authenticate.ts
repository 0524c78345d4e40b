import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';
import { AnyErrorCode } from '../errors/error-set';
import { errorMessage } from '../errors/messages';

const REALM = 'qaztech-exemptions';

/** Codes meaning a token was sent and is unusable: RFC 6750 section 3.1 calls all of them invalid_token. */
const INVALID_TOKEN_CODES: ReadonlySet<AnyErrorCode> = new Set<AnyErrorCode>([
  ErrorCode.TOKEN_EXPIRED,
  ErrorCode.TOKEN_INVALID,
  ErrorCode.TOKEN_LIFETIME_TOO_LONG,
]);

/**
 * The challenge a 401 carries (RFC 6750 section 3), so a client library knows to fetch a fresh
 * bearer token. A request without any token gets the bare challenge: the RFC asks for no error
 * code then. The description is the English message: the header allows ASCII only.
 */
export function bearerChallenge(error: DomainError): string | undefined {
  if (error.code === ErrorCode.UNAUTHENTICATED) return `Bearer realm="${REALM}"`;
  if (!INVALID_TOKEN_CODES.has(error.code)) return undefined;
  const description = errorMessage(error.code, 'en', error.params).replace(/[^\x20-\x7e]|["\\]/g, '');
  return `Bearer realm="${REALM}", error="invalid_token", error_description="${description}"`;
}
