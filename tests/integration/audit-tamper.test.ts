import { DataSource } from 'typeorm';
import { ExportRecord, openNote, parseCheckpoint, verifierFromKey, verifyExport, verifyInclusion } from '@qaztech/audit';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';

/** Runs `change` as the database superuser with triggers off: how an insider would tamper. */
async function tamper(dataSource: DataSource, change: string, values: unknown[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('SET LOCAL session_replication_role = replica');
    await manager.query(change, values);
  });
}

describe('a tampered ledger', () => {
  let database: { url: string; drop(): Promise<void> };
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let auditor: string;
  let verifierKey: string;
  let size: number;

  beforeAll(async () => {
    database = await createOwnDatabase();
    // Queues of its own too: events other test files left on the run's queues would otherwise be
    // appended to this ledger while a test has it tampered with.
    testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:tamper` });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    auditor = await tokenFor({ roles: ['auditor'] });
    const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() });
    for (let i = 0; i < 12; i += 1) {
      expect((await api('POST', '/requests', { token, body: { system: { titleRu: `Заявка ${i}` } } })).status).toBe(201);
    }
    size = await eventually(async () => {
      const [row] = await dataSource.query("SELECT count(*)::int AS count FROM audit.entries WHERE source = 'intake'");
      return row.count === 12 ? row.count : undefined;
    }, 20_000);
    verifierKey = (await api<string>('GET', '/audit/log/key', { token: auditor })).body.trim();
  });

  afterAll(async () => {
    await testApp.close();
    await database.drop();
  });

  /** The offline path: the HTTP export, parsed line by line, checked with the public key only. */
  async function verifyOffline(edit: (records: ExportRecord[]) => ExportRecord[] = (records) => records) {
    const response = await api<string>('GET', '/audit/export', { token: auditor });
    expect(response.status).toBe(200);
    const records = response.body
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as ExportRecord);
    async function* stream() {
      yield* edit(records);
    }
    return verifyExport(stream(), [verifierFromKey(verifierKey)]);
  }

  async function verifyOnline() {
    const response = await api('GET', '/audit/verify', { token: auditor });
    expect(response.status).toBe(200);
    return response.body;
  }

  /**
   * Waits until every event written so far (auditors' reads included) is in the ledger. A batch
   * appended while a tile is tampered with would build on the damaged tile and sign it.
   */
  async function ledgerSettled(): Promise<void> {
    await eventually(async () => {
      const [row] = await dataSource.query(
        `SELECT (SELECT count(*) FROM audit.entries) = (SELECT count(*) FROM intake.outbox) + (SELECT count(*) FROM review.outbox)
                + (SELECT count(*) FROM registry.outbox) + (SELECT count(*) FROM audit.outbox)
                + (SELECT count(*) FROM catalogue.outbox) AS settled`,
      );
      return row.settled ? true : undefined;
    }, 20_000);
  }

  it('verifies while untouched, online and offline', async () => {
    expect(await verifyOnline()).toMatchObject({ ok: true });
    const offline = await verifyOffline();
    expect(offline.ok).toBe(true);
    expect(offline.entries).toBeGreaterThanOrEqual(size);
  });

  it('names the entry whose payload had one byte changed', async () => {
    const [victim] = await dataSource.query(
      "SELECT index, document FROM audit.payloads WHERE document #>> '{payload,content,system,titleRu}' = 'Заявка 5'",
    );
    const changed = { ...victim.document, payload: { ...victim.document.payload } };
    changed.payload.content = { system: { titleRu: 'Заявка 6' } };
    await tamper(dataSource, 'UPDATE audit.payloads SET document = $2 WHERE index = $1', [victim.index, JSON.stringify(changed)]);
    try {
      expect(await verifyOnline()).toMatchObject({ ok: false, firstBadIndex: Number(victim.index) });
      expect(await verifyOffline()).toMatchObject({ ok: false, firstBadIndex: Number(victim.index) });
    } finally {
      await tamper(dataSource, 'UPDATE audit.payloads SET document = $2 WHERE index = $1', [victim.index, JSON.stringify(victim.document)]);
    }
    expect(await verifyOnline()).toMatchObject({ ok: true });
  });

  it('names the entry whose leaf had one byte changed', async () => {
    const [victim] = await dataSource.query(
      "SELECT index, leaf FROM audit.entries WHERE source = 'intake' ORDER BY index LIMIT 1 OFFSET 3",
    );
    const changed = Buffer.from(victim.leaf);
    const at = changed.indexOf('"intake"');
    changed[at + 1] = 'I'.charCodeAt(0);
    await tamper(dataSource, 'UPDATE audit.entries SET leaf = $2 WHERE index = $1', [victim.index, changed]);
    try {
      expect(await verifyOnline()).toMatchObject({ ok: false, firstBadIndex: Number(victim.index) });
      expect(await verifyOffline()).toMatchObject({ ok: false, firstBadIndex: Number(victim.index) });
    } finally {
      await tamper(dataSource, 'UPDATE audit.entries SET leaf = $2 WHERE index = $1', [victim.index, victim.leaf]);
    }
  });

  it('notices tiles that no longer give the signed root, and the proofs served from them fail a client', async () => {
    await ledgerSettled();
    const [tile] = await dataSource.query(
      'SELECT level, index, width, hashes FROM audit.tiles WHERE level = 0 ORDER BY width DESC LIMIT 1',
    );
    const changed = Buffer.from(tile.hashes);
    changed[0] = changed[0]! ^ 0xff;
    await tamper(dataSource, 'UPDATE audit.tiles SET hashes = $4 WHERE level = $1 AND index = $2 AND width = $3', [
      tile.level,
      tile.index,
      tile.width,
      changed,
    ]);
    try {
      expect(await verifyOnline()).toMatchObject({ ok: false, tiles: { ok: false } });
      const proof = await api('GET', `/audit/proof/inclusion?index=1&size=${tile.width}`, { token: auditor });
      const { rootHash } = parseCheckpoint(openNote(proof.body.checkpoint, [verifierFromKey(verifierKey)]).text);
      const hashes = proof.body.proof.map((hash: string) => Buffer.from(hash, 'hex'));
      expect(verifyInclusion(1, tile.width, Buffer.from(proof.body.leafHash, 'hex'), hashes, rootHash)).toBe(false);
    } finally {
      await tamper(dataSource, 'UPDATE audit.tiles SET hashes = $4 WHERE level = $1 AND index = $2 AND width = $3', [
        tile.level,
        tile.index,
        tile.width,
        tile.hashes,
      ]);
    }
    expect(await verifyOnline()).toMatchObject({ ok: true, tiles: { ok: true } });
  });

  it('names the place of an entry dropped from an export', async () => {
    const result = await verifyOffline((records) => records.filter((record) => !(record.kind === 'entry' && record.index === 4)));
    expect(result).toMatchObject({ ok: false, firstBadIndex: 4 });
  });

  it('refuses a checkpoint signed by a key the verifier does not trust', async () => {
    const { verifierKey: stranger } = (await import('@qaztech/audit')).generateNoteKey('qaztech-exemptions.kz/ledger');
    const response = await api<string>('GET', '/audit/export', { token: auditor });
    const records = response.body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ExportRecord);
    async function* stream() {
      yield* records;
    }
    const result = await verifyExport(stream(), [verifierFromKey(stranger)]);
    expect(result.ok).toBe(false);
  });
});

describe('the database itself', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createOwnDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
    await dataSource.query(
      `INSERT INTO audit.entries (index, event_id, leaf, leaf_hash, event_type, source, source_sequence, actor_id, actor_role, occurred_at)
       VALUES (0, gen_random_uuid(), '\\x7b7d', decode(repeat('00', 32), 'hex'), 'request.created.v1', 'intake', 1, 'x', 'y', now())`,
    );
    await dataSource.query(`INSERT INTO audit.tiles (level, index, width, hashes) VALUES (0, 0, 1, decode(repeat('00', 32), 'hex'))`);
    await dataSource.query(`INSERT INTO audit.checkpoints (size, root_hash, note) VALUES (1, decode(repeat('00', 32), 'hex'), 'n')`);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it.each(['entries', 'tiles', 'checkpoints'])('refuses UPDATE, DELETE and TRUNCATE on audit.%s, even to its owner', async (table) => {
    const column = table === 'entries' ? 'actor_id' : table === 'tiles' ? 'width' : 'note';
    const value = table === 'tiles' ? '1' : "'changed'";
    await expect(dataSource.query(`UPDATE audit.${table} SET ${column} = ${value}`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(dataSource.query(`DELETE FROM audit.${table}`)).rejects.toThrow(/append-only: DELETE refused/);
    await expect(dataSource.query(`TRUNCATE audit.${table} CASCADE`)).rejects.toThrow(/append-only: TRUNCATE refused/);
    const [row] = await dataSource.query(`SELECT count(*)::int AS count FROM audit.${table}`);
    expect(row.count).toBe(1);
  });

  it.each(['entries', 'tiles', 'checkpoints'])("grants the audit context's role only INSERT and SELECT on audit.%s", async (table) => {
    await dataSource.transaction(async (manager) => {
      // Triggers off, so what refuses the change below is the grant alone.
      await manager.query('SET LOCAL session_replication_role = replica');
      await manager.query('SET LOCAL ROLE qaztech_audit');
      const [row] = await manager.query(`SELECT count(*)::int AS count FROM audit.${table}`);
      expect(row.count).toBe(1);
      await manager.query('SAVEPOINT attempt');
      await expect(manager.query(`DELETE FROM audit.${table}`)).rejects.toThrow(/permission denied/);
      await manager.query('ROLLBACK TO SAVEPOINT attempt');
      const column = { entries: 'actor_id', tiles: 'width', checkpoints: 'note' }[table];
      await expect(manager.query(`UPDATE audit.${table} SET ${column} = ${column}`)).rejects.toThrow(/permission denied/);
      await manager.query('ROLLBACK TO SAVEPOINT attempt');
      await expect(manager.query(`TRUNCATE audit.${table}`)).rejects.toThrow(/permission denied/);
    });
  });

  it('lets a payload be erased but never rewritten', async () => {
    await dataSource.query(`INSERT INTO audit.payloads (index, salt, document) VALUES (0, decode(repeat('11', 32), 'hex'), '{}')`);
    await expect(dataSource.query(`UPDATE audit.payloads SET document = '{"x":1}'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await dataSource.query('DELETE FROM audit.payloads WHERE index = 0');
    const [row] = await dataSource.query('SELECT count(*)::int AS count FROM audit.payloads');
    expect(row.count).toBe(0);
  });
});
