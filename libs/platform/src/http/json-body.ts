import { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '../errors/error-codes';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * JSON bodies must be valid UTF-8. Fastify's own parser decodes bytes leniently, turning invalid
 * sequences into U+FFFD, so a damaged or hostile body would be stored as text nobody sent.
 * Prototype keys (`__proto__`, `constructor.prototype`) stay refused, as Fastify refuses them.
 */
export function registerStrictJsonParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = strictUtf8.decode(body as Buffer);
    } catch {
      done(new DomainError(ErrorCode.MALFORMED_BODY), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
