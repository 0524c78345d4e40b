import { Client } from 'pg';
import { CONTEXTS, ContextName } from '@qaztech/contracts';
import { contextRoleName, loadServiceConfiguration } from '@qaztech/platform';
import { ALL_CONTEXTS } from '../../apps/standalone/src/standalone.module';
import { createOwnDatabase } from '../support/own-database';

/** A connection as `context`'s own login role, as its service connects. */
async function connectAs(context: ContextName, databaseUrl: string): Promise<Client> {
  const { targets } = loadServiceConfiguration(ALL_CONTEXTS, { ...process.env, DATABASE_URL: databaseUrl });
  const target = targets.find((candidate) => candidate.migrations.context === context)!;
  const client = new Client({ connectionString: target.database.url });
  await client.connect();
  return client;
}

/** The SQLSTATE a statement fails with, or 'ok'. */
async function outcome(client: Client, statement: string): Promise<string> {
  return client.query(statement).then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? 'unknown',
  );
}

const DENIED = '42501'; // insufficient_privilege

describe("each context's database role", () => {
  let database: { url: string; drop(): Promise<void> };
  let owner: Client;
  const connections = new Map<ContextName, Client>();

  beforeAll(async () => {
    // A database of its own: the ledger's triggers are switched off here for a while.
    database = await createOwnDatabase();
    owner = new Client({ connectionString: database.url });
    await owner.connect();
    for (const context of CONTEXTS) connections.set(context, await connectAs(context, database.url));
    await owner.query(
      `INSERT INTO audit.entries (index, event_id, leaf, leaf_hash, event_type, source, source_sequence, actor_id, actor_role, occurred_at)
       VALUES (0, gen_random_uuid(), '\\x7b7d', decode(repeat('00', 32), 'hex'), 'request.created.v1', 'intake', 1, 'x', 'y', now())`,
    );
  });

  afterAll(async () => {
    await Promise.all([...connections.values()].map((connection) => connection.end()));
    await owner.end();
    await database.drop();
  });

  it.each(CONTEXTS)('connects %s as a login role of its own', async (context) => {
    const { rows } = await connections
      .get(context)!
      .query<{ role: string; superuser: string }>("SELECT current_user AS role, current_setting('is_superuser') AS superuser");
    expect(rows[0]).toEqual({ role: contextRoleName(context), superuser: 'off' });
  });

  it("keeps review's role out of intake's requests", async () => {
    expect(await outcome(connections.get('review')!, 'SELECT id FROM intake.requests')).toBe(DENIED);
  });

  it.each(CONTEXTS)("lets %s's role read its own outbox and no other context's", async (context) => {
    const connection = connections.get(context)!;
    const reads: Record<string, string> = {};
    for (const schema of CONTEXTS) reads[schema] = await outcome(connection, `SELECT count(*) FROM ${schema}.outbox`);
    expect(reads).toEqual(Object.fromEntries(CONTEXTS.map((schema) => [schema, schema === context ? 'ok' : DENIED])));
  });

  it.each(CONTEXTS)("refuses %s's role any change to the schema and a look at its migration history", async (context) => {
    const connection = connections.get(context)!;
    expect(await outcome(connection, `CREATE TABLE ${context}.extra (id int)`)).toBe(DENIED);
    expect(await outcome(connection, `ALTER TABLE ${context}.outbox ADD COLUMN extra int`)).toBe(DENIED);
    expect(await outcome(connection, `SELECT count(*) FROM ${context}.schema_migrations`)).toBe(DENIED);
  });

  it("refuses audit's role to turn the ledger's triggers off: it does not own the tables", async () => {
    const audit = connections.get('audit')!;
    expect(await outcome(audit, 'ALTER TABLE audit.entries DISABLE TRIGGER USER')).toBe(DENIED);
    expect(await outcome(audit, 'SET session_replication_role = replica')).toBe(DENIED);
  });

  it.each(['entries', 'tiles', 'checkpoints'])(
    "refuses audit's role UPDATE, DELETE and TRUNCATE on audit.%s even with the owner's triggers off",
    async (table) => {
      const audit = connections.get('audit')!;
      await owner.query(`ALTER TABLE audit.${table} DISABLE TRIGGER USER`);
      try {
        const column = { entries: 'actor_id', tiles: 'width', checkpoints: 'note' }[table];
        expect(await outcome(audit, `SELECT count(*) FROM audit.${table}`)).toBe('ok');
        expect(await outcome(audit, `UPDATE audit.${table} SET ${column} = ${column}`)).toBe(DENIED);
        expect(await outcome(audit, `DELETE FROM audit.${table}`)).toBe(DENIED);
        expect(await outcome(audit, `TRUNCATE audit.${table}`)).toBe(DENIED);
      } finally {
        await owner.query(`ALTER TABLE audit.${table} ENABLE TRIGGER USER`);
      }
      const { rows } = await owner.query<{ count: number }>('SELECT count(*)::int AS count FROM audit.entries');
      expect(rows[0]!.count).toBe(1);
    },
  );

  it("lets audit's role append to the ledger and erase a payload, never rewrite one", async () => {
    const audit = connections.get('audit')!;
    expect(
      await outcome(audit, "INSERT INTO audit.payloads (index, salt, document) VALUES (0, decode(repeat('11', 32), 'hex'), '{}')"),
    ).toBe('ok');
    expect(await outcome(audit, `UPDATE audit.payloads SET document = '{"x":1}'`)).toBe(DENIED);
    expect(await outcome(audit, 'DELETE FROM audit.payloads WHERE index = 0')).toBe('ok');
  });
});
