import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { FastifyReply, FastifyRequest } from 'fastify';

/** A public answer ready to send, with its strong ETag. */
export interface CacheableAnswer {
  body: string | Buffer;
  etag: string;
}

/** A strong ETag over the bytes of an answer. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

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
  await sendAnswer(request, reply, contentType, { body, etag: etagOf(body) }, maxAgeSeconds);
}

/** As `sendCacheable`, for an answer whose ETag is already known. */
export async function sendAnswer(
  request: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
  answer: CacheableAnswer,
  maxAgeSeconds = 60,
): Promise<void> {
  if (await sentNotModified(request, reply, answer.etag, maxAgeSeconds)) return;
  await withCacheHeaders(reply, answer.etag, maxAgeSeconds).header('content-type', contentType).send(answer.body);
}

/**
 * Sends an answer too large to hold whole, chunk by chunk. Its ETag is weak and names the state
 * the answer shows rather than its bytes, which are not known up front, so a matching client
 * gets 304 before anything is read. `open` reads enough to fail early (a bad cursor is a 400,
 * not a cut-off answer) and returns the rest lazily: HEAD reads no further.
 */
export async function sendStream(
  request: FastifyRequest,
  reply: FastifyReply,
  contentType: string,
  weakEtag: string,
  open: () => Promise<AsyncIterable<string>>,
  maxAgeSeconds = 60,
): Promise<void> {
  if (await sentNotModified(request, reply, weakEtag, maxAgeSeconds)) return;
  // Cache headers go on only once the answer can be given: a 400 must not be kept by caches.
  const chunks = await open();
  await withCacheHeaders(reply, weakEtag, maxAgeSeconds)
    .header('content-type', contentType)
    .send(request.method === 'HEAD' ? undefined : Readable.from(chunks));
}

/** A client that already holds the answer named by `etag` gets 304 and no body. */
async function sentNotModified(request: FastifyRequest, reply: FastifyReply, etag: string, maxAgeSeconds: number): Promise<boolean> {
  if (!matches(request.headers['if-none-match'], etag)) return false;
  await withCacheHeaders(reply, etag, maxAgeSeconds).status(304).send();
  return true;
}

function withCacheHeaders(reply: FastifyReply, etag: string, maxAgeSeconds: number): FastifyReply {
  return reply.header('etag', etag).header('cache-control', `public, max-age=${maxAgeSeconds}`).header('vary', 'accept-encoding');
}

/** If-None-Match compares weakly (RFC 9110): `W/` on either side does not matter. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === opaque || tag === '*');
}
