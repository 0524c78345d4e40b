import { createHash } from 'node:crypto';
import { RateLimitPolicy } from './rate-limit.decorator';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RateLimitSettings {
  windowSeconds: number;
  limits: Readonly<Record<RateLimitPolicy, number>>;
}

/** The policy a request falls under: the declared one, `write` for any write method, else none. */
export function policyFor(declared: RateLimitPolicy | undefined, method: string): RateLimitPolicy | undefined {
  if (WRITE_METHODS.has(method.toUpperCase())) return 'write';
  return declared;
}

/**
 * Whose budget a request spends. A signed-in user's writes count against their subject, so
 * colleagues behind one agency NAT do not starve each other; anyone else is their address.
 */
export function clientKey(policy: RateLimitPolicy, address: string, subject: string | undefined): string {
  if (policy === 'write' && subject) return `user:${createHash('sha256').update(subject).digest('base64url').slice(0, 22)}`;
  return `ip:${address}`;
}

export interface WindowCount {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Milliseconds until the window ends. */
  resetMs: number;
}

export interface RateLimitVerdict {
  allowed: boolean;
  headers: Record<string, string>;
  retryAfterSeconds: number;
}

/** The answer and the RateLimit-* headers (IETF draft "RateLimit header fields for HTTP"). */
export function verdict(limit: number, windowSeconds: number, window: WindowCount): RateLimitVerdict {
  const resetSeconds = Math.max(1, Math.ceil(window.resetMs / 1000));
  const allowed = window.count <= limit;
  const headers: Record<string, string> = {
    'ratelimit-limit': String(limit),
    'ratelimit-remaining': String(Math.max(0, limit - window.count)),
    'ratelimit-reset': String(resetSeconds),
    'ratelimit-policy': `${limit};w=${windowSeconds}`,
  };
  if (!allowed) headers['retry-after'] = String(resetSeconds);
  return { allowed, headers, retryAfterSeconds: resetSeconds };
}
