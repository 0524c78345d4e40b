import { loadServiceConfiguration, migrateDatabase, queueStoreTarget } from '@qaztech/platform';
import { ALL_CONTEXTS } from '../../apps/standalone/src/standalone.module';

/**
 * Migrates a test database as a deployment does: as its owner, each context's role granted its
 * schema; and BullMQ's PostgreSQL schema whichever backend the run uses, so a test may start an
 * application on either.
 */
export async function migrateTestDatabase(databaseUrl: string): Promise<void> {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const { platform, targets } = loadServiceConfiguration(ALL_CONTEXTS, env);
  await migrateDatabase(platform.DATABASE_URL, targets, queueStoreTarget({ ...platform, QUEUE_BACKEND: 'postgres' }));
}
