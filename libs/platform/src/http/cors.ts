import { NestFastifyApplication } from '@nestjs/platform-fastify';

const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const ALLOWED_HEADERS = ['authorization', 'content-type', 'accept-language', 'idempotency-key', 'if-match', 'x-request-id'];
const EXPOSED_HEADERS = [
  'etag',
  'location',
  'x-request-id',
  'retry-after',
  'www-authenticate',
  'ratelimit-limit',
  'ratelimit-remaining',
  'ratelimit-reset',
  'ratelimit-policy',
];

/**
 * Cross-origin access is closed unless the environment names an origin: a browser page of any
 * other site then cannot read an answer, even with a user's token at hand. Named origins match
 * exactly. Credentials (cookies) are never allowed: the API takes bearer tokens only.
 */
export function enableCors(app: NestFastifyApplication, allowedOrigins: readonly string[]): void {
  if (allowedOrigins.length === 0) return;
  app.enableCors({
    origin: [...allowedOrigins],
    methods: ALLOWED_METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
  });
}
