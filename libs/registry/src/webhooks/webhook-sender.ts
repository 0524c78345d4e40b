import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, hostOf, isPrivateAddress, parseTargetUrl } from './target-address';

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface SendOptions {
  timeoutMs: number;
  allowPrivate: boolean;
}

const USER_AGENT = 'QazTech-Exemptions-Webhooks/1';
const MAX_ERROR_LENGTH = 500;

function failure(error: string, startedAt: number): SendResult {
  return { statusCode: null, error: error.slice(0, MAX_ERROR_LENGTH), durationMs: Math.round(performance.now() - startedAt) };
}

/**
 * POSTs one delivery. Never throws: every outcome, a refusal, a network error or a timeout
 * included, is a result to record. The answer's body is read and dropped, so a subscriber
 * cannot make the register hold its response in memory.
 */
export function postWebhook(target: string, body: string, headers: Record<string, string>, options: SendOptions): Promise<SendResult> {
  const startedAt = performance.now();
  const url = parseTargetUrl(target);
  if (!url) return Promise.resolve(failure('the target is not an http(s) URL', startedAt));
  const host = hostOf(url);
  if (!options.allowPrivate && isIP(host) !== 0 && isPrivateAddress(host)) {
    return Promise.resolve(failure(`${host} is a private address`, startedAt));
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const settle = (result: SendResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = send(url, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': USER_AGENT },
      lookup: guardedLookup(options.allowPrivate),
    });
    const timer = setTimeout(() => {
      settle(failure(`no answer within ${options.timeoutMs} ms`, startedAt));
      request.destroy();
    }, options.timeoutMs);
    request.on('response', (response) => {
      response.on('data', () => undefined);
      response.on('error', () => undefined);
      response.on('end', () =>
        settle({ statusCode: response.statusCode ?? null, error: null, durationMs: Math.round(performance.now() - startedAt) }),
      );
    });
    request.on('error', (error: NodeJS.ErrnoException) =>
      settle(failure(error.code ? `${error.code}: ${error.message}` : error.message, startedAt)),
    );
    request.end(body);
  });
}
