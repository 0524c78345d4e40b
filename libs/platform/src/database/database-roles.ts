import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { ContextName } from '@qaztech/contracts';
import { ContextDatabase } from './context-database';
import { maintenanceUrl } from './database-admin';

/** Every database of the server takes this lock on the maintenance database before changing roles. */
const ROLES_LOCK_KEY = 4_207_2027;

export type TablePrivilege = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** What a context's role may do in its schema: everything but DDL, except on the tables named. */
export interface SchemaGrants {
  /** A context's schema, or the queue store's. */
  schema: ContextName | string;
  role: string;
  /** Tables the role may not change freely, with the only privileges it has on them. */
  restrictedTables?: Readonly<Record<string, readonly TablePrivilege[]>>;
  /** Tables the role may not touch at all (the schema's migration history). */
  hiddenTables: readonly string[];
}

const FULL: readonly TablePrivilege[] = ['SELECT', 'INSERT', 'UPDATE', 'DELETE'];

/**
 * Creates each context's login role, or brings its password in line with the configuration.
 * Roles belong to the whole server while databases come and go (a test run makes one per run,
 * several at once), so the work is serialised by a lock on the maintenance database that every
 * migrating process shares, whatever database it migrates.
 */
export async function ensureContextRoles(
  ownerUrl: string,
  databases: readonly Pick<ContextDatabase, 'role' | 'password'>[],
): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl(ownerUrl).url, application_name: 'qaztech roles' });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ROLES_LOCK_KEY]);
    for (const database of databases) await ensureRole(client, database);
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [ROLES_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function ensureRole(client: Client, database: Pick<ContextDatabase, 'role' | 'password'>): Promise<void> {
  const role = escapeIdentifier(database.role);
  const password = database.password ? ` PASSWORD ${escapeLiteral(database.password)}` : '';
  const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [database.role]);
  if (rowCount === 0) {
    await client
      .query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS${password}`)
      .catch((error: { code?: string }) => {
        // 42710 duplicate_object: made meanwhile by a process that locked another maintenance database.
        if (error.code !== '42710') throw error;
      });
    return;
  }
  await client.query(`ALTER ROLE ${role} LOGIN${password}`).catch((error: { code?: string }) => {
    // 42501: a role an administrator manages and the owner may not alter; it is used as it is.
    if (error.code !== '42501') throw error;
  });
}

/**
 * Gives a context's role its rights in its own schema, and nothing more, as they follow from the
 * schema's tables now: run after every migration, in the migration's lock, in one transaction so
 * running services never see the rights half granted.
 */
export async function grantSchema(client: Client, grants: SchemaGrants): Promise<void> {
  const schema = escapeIdentifier(grants.schema);
  const role = escapeIdentifier(grants.role);
  const { rows } = await client.query<{ table: string }>('SELECT tablename AS table FROM pg_tables WHERE schemaname = $1', [grants.schema]);
  const unknown = Object.keys(grants.restrictedTables ?? {}).filter((table) => !rows.some((row) => row.table === table));
  if (unknown.length > 0) throw new Error(`Grants of ${grants.schema} name tables it does not have: ${unknown.join(', ')}`);
  const database = (await client.query<{ name: string }>('SELECT current_database() AS name')).rows[0]!.name;
  await client.query('BEGIN');
  try {
    await client.query(`GRANT CONNECT ON DATABASE ${escapeIdentifier(database)} TO ${role}`);
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${schema} FROM ${role}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${schema} FROM ${role}`);
    for (const { table } of rows) {
      if (grants.hiddenTables.includes(table)) continue;
      const privileges = grants.restrictedTables?.[table] ?? FULL;
      if (privileges.length > 0) await client.query(`GRANT ${privileges.join(', ')} ON ${schema}.${escapeIdentifier(table)} TO ${role}`);
    }
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${role}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
