import { FastifyReply } from 'fastify';
import { Language } from '@qaztech/platform';
import { Html } from './html';

/**
 * No script, no inline style, no foreign origin: the page needs nothing beyond its own
 * stylesheet, so the policy says exactly that, and a smuggled tag could not run anyway.
 */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
};

/** A page answer; a page chosen by Accept-Language varies with it, so caches must key on it. */
export async function sendHtml(reply: FastifyReply, status: number, language: Language, page: Html, cacheable: boolean): Promise<void> {
  await reply
    .status(status)
    .headers(PAGE_SECURITY_HEADERS)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', language)
    .header('vary', 'accept-language, accept-encoding')
    .header('cache-control', cacheable ? 'public, max-age=60' : 'no-store')
    .send(page.text);
}
