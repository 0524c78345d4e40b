import { Client, escapeIdentifier } from 'pg';
import { DataSource, MigrationInterface } from 'typeorm';
import { ContextName } from '@qaztech/contracts';
import { ContextDatabase } from './context-database';
import { ensureDatabase } from './database-admin';
import { ensureContextRoles, grantSchema, TablePrivilege } from './database-roles';
import { QUEUE_SCHEMA } from '../config/platform-config';
import { migrateQueueStore, QueueStoreTarget } from '../queues/queue-store-migration';

export type MigrationClass = new () => MigrationInterface;

/** One context's migrations, kept in its own schema, and what its role may do there. */
export interface ContextMigrations {
  context: ContextName;
  /** In order. Explicit, so the same list runs from source and from the build. */
  migrations: readonly MigrationClass[];
  /** Tables the context's role may only read and add to (or less); it may change every other. */
  restrictedTables?: Readonly<Record<string, readonly TablePrivilege[]>>;
}

export interface MigrationTarget {
  migrations: ContextMigrations;
  /** The context's connection: its role is created if missing and granted its schema. */
  database: ContextDatabase;
}

const HISTORY_TABLE = 'schema_migrations';
/** Where one list for every schema kept its history, before each context kept its own. */
const LEGACY_HISTORY = `public.${HISTORY_TABLE}`;
// The key the single list was applied under, kept so that old and new processes take turns.
const MIGRATION_LOCK_KEY = 4_207_2026;

/**
 * Brings the database up to date for the contexts given, as the owner role: creates the database,
 * the contexts' roles and schemas, applies each context's pending migrations (its history in its
 * own schema), and grants each role its schema; with the queues on PostgreSQL, BullMQ's schema
 * and the queue role's rights on it too. Processes migrating the same database take turns
 * on an advisory lock, so replicas starting together do not race. Returns what was applied.
 */
export async function migrateDatabase(
  ownerUrl: string,
  targets: readonly MigrationTarget[],
  queueStore?: QueueStoreTarget,
): Promise<string[]> {
  await ensureDatabase(ownerUrl);
  await ensureContextRoles(ownerUrl, [...targets.map((target) => target.database), ...(queueStore ? [queueStore] : [])]);
  const client = new Client({ connectionString: ownerUrl, application_name: 'qaztech migrations' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied: string[] = [];
    for (const { migrations, database } of targets) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${escapeIdentifier(migrations.context)}`);
      await adoptLegacyHistory(client, migrations);
      applied.push(...(await applyMigrations(ownerUrl, migrations)).map((name) => `${migrations.context}/${name}`));
      await grantSchema(client, {
        schema: migrations.context,
        role: database.role,
        restrictedTables: migrations.restrictedTables,
        hiddenTables: [HISTORY_TABLE],
      });
    }
    if (queueStore) {
      // The queues' own role may use the queue schema only, as a context's may use its own.
      const version = await migrateQueueStore(ownerUrl);
      await grantSchema(client, { schema: QUEUE_SCHEMA, role: queueStore.role, hiddenTables: [] });
      // BullMQ makes a sequence of job ids per queue the first time the queue is used.
      await client.query(`GRANT CREATE ON SCHEMA ${escapeIdentifier(QUEUE_SCHEMA)} TO ${escapeIdentifier(queueStore.role)}`);
      applied.push(`${QUEUE_SCHEMA}/bullmq-schema-v${version}`);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyMigrations(ownerUrl: string, { context, migrations }: ContextMigrations): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: ownerUrl,
    schema: context,
    migrations: [...migrations],
    migrationsTableName: HISTORY_TABLE,
    migrationsTransactionMode: 'each',
    poolSize: 2,
    logging: ['error'],
  });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * A database migrated when one list served every schema has its history in public: the first
 * time a context migrates on it, the context's history starts as a copy of the rows of its own
 * migrations there (each kept its name when it moved), so none of them runs twice.
 */
async function adoptLegacyHistory(client: Client, { context, migrations }: ContextMigrations): Promise<void> {
  const own = `${escapeIdentifier(context)}.${HISTORY_TABLE}`;
  const { rows } = await client.query<{ legacy: boolean; own: boolean }>(
    'SELECT to_regclass($1) IS NOT NULL AS legacy, to_regclass($2) IS NOT NULL AS own',
    [LEGACY_HISTORY, own],
  );
  if (!rows[0]!.legacy || rows[0]!.own) return;
  const names = migrations.map((migration) => new migration().name ?? migration.name);
  await client.query('BEGIN');
  try {
    // The shape TypeORM gives a history table, so it takes this one as its own.
    await client.query(`CREATE TABLE ${own} (id serial PRIMARY KEY, "timestamp" bigint NOT NULL, name character varying NOT NULL)`);
    await client.query(
      `INSERT INTO ${own} ("timestamp", name) SELECT "timestamp", name FROM ${LEGACY_HISTORY} WHERE name = ANY($1) ORDER BY id`,
      [names],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
