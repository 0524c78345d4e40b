import { runMigrations } from 'bullmq';
import { Client, escapeIdentifier } from 'pg';
import { PlatformConfig, QUEUE_SCHEMA } from '../config/platform-config';
import { queueDatabaseUrl } from './queue-backend';

/** The queue role, for the migration step to create and grant (QUEUE_BACKEND=postgres). */
export interface QueueStoreTarget {
  role: string;
  password: string;
}

export function queueStoreTarget(config: PlatformConfig): QueueStoreTarget | undefined {
  if (config.QUEUE_BACKEND !== 'postgres') return undefined;
  const url = new URL(queueDatabaseUrl(config));
  return { role: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
}

/**
 * Our two tables beside BullMQ's, in its schema, so the queue role needs nothing else: the
 * store's identity (the relays republish when it changes, as when Redis comes back empty) and
 * the request counters of the rate limiter.
 */
const OWN_TABLES = [
  `CREATE TABLE IF NOT EXISTS ${QUEUE_SCHEMA}.store_identity (
     singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
     epoch text NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS ${QUEUE_SCHEMA}.request_counters (
     key text PRIMARY KEY,
     count integer NOT NULL,
     window_ends timestamptz NOT NULL
   )`,
];

/**
 * Brings BullMQ's PostgreSQL schema up to date, as the owner, on a session of its own (BullMQ
 * takes its advisory lock and runs its migrations in one transaction there), then our tables.
 */
export async function migrateQueueStore(ownerUrl: string): Promise<number> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'qaztech queue migrations' });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(QUEUE_SCHEMA)}`);
    const version = await runMigrations(client, QUEUE_SCHEMA);
    for (const statement of OWN_TABLES) await client.query(statement);
    return version;
  } finally {
    await client.end();
  }
}
