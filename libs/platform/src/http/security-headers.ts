import { Header } from '@nestjs/common';
import { FastifyInstance } from 'fastify';

/** The API answers JSON only: nothing in it may load, run, frame or submit anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A server-rendered page: its own stylesheets and images, no scripts, never framed. */
export const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** The OpenAPI explorer runs Swagger UI's own script and inline styles from this origin. */
const DOCS_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'";

/** A route that serves an HTML page declares it, and gets the page policy instead of the API's. */
export const PagePolicy = (): MethodDecorator => Header('content-security-policy', PAGE_CONTENT_SECURITY_POLICY);

const ALWAYS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};

/**
 * Headers on every answer, errors and 404s included. A route may set its own
 * Content-Security-Policy or Cache-Control (a page, a public feed); the defaults fill in the rest.
 */
export function registerSecurityHeaders(fastify: FastifyInstance, options: { hsts: boolean }): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(ALWAYS)) void reply.header(name, value);
    if (!reply.hasHeader('content-security-policy')) {
      const isDocs = /^\/docs(\/|$|\?|-json)/.test(request.url);
      void reply.header('content-security-policy', isDocs ? DOCS_CONTENT_SECURITY_POLICY : API_CONTENT_SECURITY_POLICY);
    }
    // Answers carry agencies' requests and review material: no shared cache may keep them.
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    if (options.hsts) void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    return payload;
  });
}
