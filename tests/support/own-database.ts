import { randomBytes } from 'node:crypto';
import { dropDatabase } from '@qaztech/platform';
import { migrateTestDatabase } from './migrate';

/**
 * A migrated database of a test file's own, for tests that must damage what they test (tamper
 * with the ledger, cut sequences): the run's shared database stays sound for everyone else.
 */
export async function createOwnDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `${url.pathname}_${randomBytes(3).toString('hex')}`;
  const databaseUrl = url.toString();
  await migrateTestDatabase(databaseUrl);
  return { url: databaseUrl, drop: () => dropDatabase(databaseUrl) };
}
