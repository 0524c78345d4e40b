import { loadServiceConfiguration, migrateDatabase } from '@qaztech/platform';
import { ALL_CONTEXTS } from '../../apps/standalone/src/standalone.module';

/** Migrates a test database as a deployment does: as its owner, each context's role granted its schema. */
export async function migrateTestDatabase(databaseUrl: string): Promise<void> {
  const { platform, targets } = loadServiceConfiguration(ALL_CONTEXTS, { ...process.env, DATABASE_URL: databaseUrl });
  await migrateDatabase(platform.DATABASE_URL, targets);
}
