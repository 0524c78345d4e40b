import { FastifyReply } from 'fastify';
import { Language, PAGE_CONTENT_SECURITY_POLICY } from '@qaztech/platform';
import { Html } from './html';

/**
 * A page answer; a page chosen by Accept-Language varies with it, so caches must key on it. The
 * page needs nothing beyond its own stylesheet and icon, which is what the platform's page policy
 * allows: a smuggled tag could not run or load anything. The other security headers come from
 * the platform's hook, as on every answer.
 */
export async function sendHtml(reply: FastifyReply, status: number, language: Language, page: Html, cacheable: boolean): Promise<void> {
  await reply
    .status(status)
    .header('content-security-policy', PAGE_CONTENT_SECURITY_POLICY)
    .header('content-type', 'text/html; charset=utf-8')
    .header('content-language', language)
    .header('vary', 'accept-language, accept-encoding')
    .header('cache-control', cacheable ? 'public, max-age=60' : 'no-store')
    .send(page.text);
}
