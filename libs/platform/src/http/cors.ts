import { FastifyInstance } from 'fastify';

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE';
const ALLOWED_HEADERS = 'authorization, content-type, accept-language, idempotency-key, if-match, x-request-id';
const EXPOSED_HEADERS =
  'etag, location, x-request-id, retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy';

/**
 * Cross-origin access is closed unless the environment names an origin: a browser page of any
 * other site then cannot read an answer, even with a user's token at hand. Credentials (cookies)
 * are never allowed: the API takes bearer tokens only.
 */
export function registerCors(fastify: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  fastify.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    void reply.header('vary', 'Origin');
    if (typeof origin !== 'string' || !allowed.has(origin)) return;
    void reply.header('access-control-allow-origin', origin);
    void reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
      await reply
        .status(204)
        .header('access-control-allow-methods', ALLOWED_METHODS)
        .header('access-control-allow-headers', ALLOWED_HEADERS)
        .header('access-control-max-age', '600')
        .send();
    }
  });
}
