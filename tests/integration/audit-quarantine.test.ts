import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';

/**
 * An event the ledger's leaf format refuses (here an actor with an empty role, as a faulty writer
 * would leave it) once failed the integrator's whole batch, again and again, for every source.
 */
describe('the ledger with an event its leaf format refuses', () => {
  let database: { url: string; drop(): Promise<void> };
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createOwnDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: `quarantine-${randomUUID()}` });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
  });

  afterAll(async () => {
    await testApp.close();
    await database.drop();
  });

  it('appends it in its place, marked with the reason, and keeps appending everything else', async () => {
    const id = randomUUID();
    const envelope = {
      id,
      type: 'request.updated.v1',
      source: 'intake',
      occurredAt: new Date().toISOString(),
      aggregateId: null,
      actor: { id: 'someone', role: '' },
      correlationId: 'faulty-writer',
      payload: {},
    };
    await dataSource.transaction(async (manager) => {
      await manager.query(`INSERT INTO intake.outbox (event_id, event_type, aggregate_id, envelope) VALUES ($1, $2, NULL, $3)`, [
        id,
        envelope.type,
        JSON.stringify(envelope),
      ]);
      await manager.query("SELECT pg_notify('outbox_intake', '')");
    });
    const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() });
    const created = await api('POST', '/requests', { token, body: { system: { titleRu: 'После сбойного события' } } });
    expect(created.status).toBe(201);

    const entry = await eventually(async () => {
      const rows = (await dataSource.query(
        `SELECT e.actor_role, p.document FROM audit.entries e JOIN audit.payloads p ON p.index = e.index WHERE e.event_id = $1`,
        [id],
      )) as { actor_role: string; document: any }[];
      return rows[0];
    }, 20_000);
    expect(entry.actor_role).toBe('unknown');
    expect(entry.document.quarantine).toMatchObject({
      reason: expect.stringMatching(/actor id and role/),
      envelope: { id, actor: { role: '' } },
    });
    await eventually(async () => {
      const rows = await dataSource.query('SELECT 1 FROM audit.entries WHERE request_id = $1', [created.body.id]);
      return rows.length > 0 ? true : undefined;
    }, 20_000);
    const verified = await api('GET', '/audit/verify', { token: await tokenFor({ roles: ['auditor'] }) });
    expect(verified.body).toMatchObject({ ok: true });
  });
});
