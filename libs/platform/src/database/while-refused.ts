import { isDependencyUnavailable } from '../http/error-body';

/** How long each step of a start waits for a database that refuses it before the start fails. */
export const START_REFUSAL_BUDGET_MS = 60_000;

export interface RefusalWait {
  /** How long to keep trying a server that refuses (full, starting, restarting). */
  budgetMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Told of each refusal, with the wait before the next try. */
  onRefused?: (error: Error, retryInMs: number) => void;
}

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 5_000;

/**
 * Runs `attempt` until the database lets it through: a refusal (too many clients, starting, shutting
 * down, a dropped session) is tried again after a growing pause, for `budgetMs` at most, then
 * thrown; any other error is thrown at once. For the steps of a start that open connections: a
 * free slot seen by one step may be taken before the next, so each step waits on its own.
 * `attempt` must be safe to repeat: every step it stands for runs in one transaction or opens
 * fresh connections.
 */
export async function whileRefused<T>(attempt: () => Promise<T>, wait: RefusalWait): Promise<T> {
  const now = wait.now ?? Date.now;
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = now() + wait.budgetMs;
  for (let retryInMs = FIRST_RETRY_MS; ; retryInMs = Math.min(retryInMs * 2, LONGEST_RETRY_MS)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isDependencyUnavailable(error) || now() + retryInMs > deadline) throw error;
      wait.onRefused?.(error as Error, retryInMs);
      await sleep(retryInMs);
    }
  }
}

/**
 * A step of a start (migrations, a context's first connection, a seed) that waits out a full or
 * restarting database for `START_REFUSAL_BUDGET_MS`, logging each refusal under `step`.
 */
export function startStepWhileRefused<T>(step: string, attempt: () => Promise<T>, logger: { warn(message: unknown): void }): Promise<T> {
  return whileRefused(attempt, {
    budgetMs: START_REFUSAL_BUDGET_MS,
    onRefused: (error, retryInMs) =>
      logger.warn({ msg: 'the database refuses a step of the start, trying again', step, cause: error.message, retryInMs }),
  });
}
