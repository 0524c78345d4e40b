import { createHash } from 'node:crypto';
import { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Sends a public answer with a strong ETag over its bytes: a client (or a proxy) that already
 * holds the same answer gets 304 and no body. `max-age` is short because a record can gain a
 * successor or its ledger anchor at any moment.
 */
export async function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
  body: string | Buffer,
  maxAgeSeconds = 60,
): Promise<void> {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  void reply.header('etag', etag).header('cache-control', `public, max-age=${maxAgeSeconds}`).header('vary', 'accept-encoding');
  if (matches(request.headers['if-none-match'], etag)) {
    await reply.status(304).send();
    return;
  }
  await reply.header('content-type', contentType).send(body);
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}
