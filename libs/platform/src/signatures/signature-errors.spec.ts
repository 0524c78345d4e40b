import { ErrorCatalog } from '../errors/error-catalog';
import { PLATFORM_ERRORS } from '../errors/error-codes';
import { SIGNATURE_ERROR_SET, SIGNATURE_ERRORS, SignatureError } from './signature-errors';

describe('signature error codes', () => {
  const catalog = new ErrorCatalog(PLATFORM_ERRORS, SIGNATURE_ERROR_SET);

  it('register beside the platform’s own, each with a status and three languages', () => {
    for (const { code, httpStatus } of SIGNATURE_ERRORS) expect(catalog.status(code)).toBe(httpStatus);
  });

  it('answer an unreachable revocation service as 503 in the caller’s language', () => {
    const error = new SignatureError('SIGNATURE_REVOCATION_UNAVAILABLE', 'http://ocsp.example: ECONNREFUSED');
    expect(catalog.status(error.code)).toBe(503);
    expect(catalog.message(error.code, 'ru')).toMatch(/^Не удалось проверить статус/);
    expect(catalog.message(error.code, 'kk')).toMatch(/OCSP және CRL/);
    expect(error.message).toContain('ECONNREFUSED');
  });
});
