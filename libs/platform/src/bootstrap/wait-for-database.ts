import { Client } from 'pg';
import { isDependencyUnavailable } from '../http/error-body';
import { RefusalWait, whileRefused } from '../database/while-refused';

export interface DatabaseWait extends RefusalWait {
  connect?: (url: string) => Promise<void>;
}

/**
 * Waits, at start, until the database lets this process in. A service restarted while the
 * server's connections are all taken, or while it restarts, would otherwise exit at once and
 * leave its queue unserved until something started it again. Anything but a refusal (a database
 * still to be created, a wrong password) is the start's own to report, as it does without this wait.
 */
export async function waitForDatabase(url: string, wait: DatabaseWait): Promise<void> {
  const connect = wait.connect ?? connectOnce;
  await whileRefused(() => connect(url), wait).catch((error: unknown) => {
    if (isDependencyUnavailable(error)) throw error;
  });
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
