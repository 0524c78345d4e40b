/** How a failing delivery is retried: exponential backoff inside a fixed window, then dead. */
export interface RetryPolicy {
  /** Wait after the first failed attempt; each later failure doubles it. */
  baseMs: number;
  /** Time from the start of a delivery's window after which it is given up (dead). */
  windowMs: number;
}

/** Beyond this the doubling only overflows: the window ends long before. */
const MAX_DOUBLINGS = 40;

/**
 * When to try again after `failedAttempts` failures, the last made at `attemptedAt`, or null
 * when the window is spent and the delivery is dead. The last retry falls on the window's end
 * itself, so a subscriber gets the whole window to come back.
 */
export function nextAttemptAt(policy: RetryPolicy, failedAttempts: number, attemptedAt: Date, windowStartedAt: Date): Date | null {
  const windowEnd = windowStartedAt.getTime() + policy.windowMs;
  if (attemptedAt.getTime() >= windowEnd) return null;
  const delay = policy.baseMs * 2 ** Math.min(Math.max(failedAttempts - 1, 0), MAX_DOUBLINGS);
  return new Date(Math.min(attemptedAt.getTime() + delay, windowEnd));
}

/**
 * The moments (offsets from the window's start) of every attempt of a delivery that always fails
 * at once: the schedule docs/register.md shows.
 */
export function retryOffsets(policy: RetryPolicy): number[] {
  const start = new Date(0);
  const offsets = [0];
  for (let failed = 1; ; failed += 1) {
    const next = nextAttemptAt(policy, failed, new Date(offsets.at(-1)!), start);
    if (next === null) return offsets;
    offsets.push(next.getTime());
  }
}
