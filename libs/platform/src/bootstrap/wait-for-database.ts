import { Client } from 'pg';
import { isDependencyUnavailable } from '../http/error-body';

export interface DatabaseWait {
  /** How long a start waits for a server that refuses it (full, starting, restarting). */
  budgetMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  connect?: (url: string) => Promise<void>;
  /** Told of each refusal, with the wait before the next try. */
  onRefused?: (error: Error, retryInMs: number) => void;
}

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 5_000;

/**
 * Waits, at start, until the database lets this process in. A service restarted while the
 * server's connections are all taken, or while it restarts, would otherwise exit at once and
 * leave its queue unserved until something started it again. Only refusals are waited out, for
 * `budgetMs` at most; then the last one is thrown.
 */
export async function waitForDatabase(url: string, wait: DatabaseWait): Promise<void> {
  const now = wait.now ?? Date.now;
  const sleep = wait.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const connect = wait.connect ?? connectOnce;
  const deadline = now() + wait.budgetMs;
  for (let retryInMs = FIRST_RETRY_MS; ; retryInMs = Math.min(retryInMs * 2, LONGEST_RETRY_MS)) {
    try {
      await connect(url);
      return;
    } catch (error) {
      // Anything but a refusal (a database still to be created, a wrong password) is the start's
      // own to report, as it does without this wait.
      if (!isDependencyUnavailable(error)) return;
      if (now() + retryInMs > deadline) throw error;
      wait.onRefused?.(error as Error, retryInMs);
      await sleep(retryInMs);
    }
  }
}

async function connectOnce(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}
