import { createHash } from 'node:crypto';

/** Keys are opaque client strings; this bounds them so one cannot fill a column with megabytes. */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;

export interface StoredOutcome {
  fingerprint: string;
  status: number | null;
  body: unknown;
}

export type ReplayDecision = { kind: 'proceed' } | { kind: 'replay'; status: number; body: unknown } | { kind: 'conflict' };

/** JSON with sorted keys, so `{a,b}` and `{b,a}` are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function requestFingerprint(operation: string, body: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(body)).digest('hex');
}

/**
 * What to do with a request that carries a key: the first time, proceed; again with the same
 * body, return the first answer; with another body, refuse (the client has a bug, and guessing
 * which body it meant could submit the wrong one).
 */
export function decideReplay(stored: StoredOutcome | undefined, fingerprint: string): ReplayDecision {
  if (!stored) return { kind: 'proceed' };
  if (stored.fingerprint !== fingerprint) return { kind: 'conflict' };
  // No status yet can only be our own row of this transaction: the first attempt is this one.
  if (stored.status === null) return { kind: 'proceed' };
  return { kind: 'replay', status: stored.status, body: stored.body };
}
