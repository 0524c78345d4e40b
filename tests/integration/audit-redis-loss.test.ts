import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ContextMessaging, REDIS_EPOCH_KEY } from '@qaztech/platform';
import { AuditMessaging } from '../../libs/audit/src/shared/audit-outbox';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';
import { PrivateRedis } from '../support/private-redis';

/**
 * Redis restarted empty loses every job it held. The outbox keeps the events, the ledger sees the
 * hole in a source's sequence (or, for a lost tail, the head the source announces) and asks for
 * redelivery: in the end every event is in the ledger, exactly once, in source order.
 */
describe('the ledger when Redis loses everything', () => {
  let database: { url: string; drop(): Promise<void> };
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let token: string;

  beforeAll(async () => {
    database = await createOwnDatabase();
    redis = await PrivateRedis.start();
    testApp = await startTestApp({ DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: `wipe-${redis.port}` });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() });
  });

  afterAll(async () => {
    await testApp.close();
    await redis.kill();
    await database.drop();
  });

  async function withRedis<T>(use: (client: Redis) => Promise<T>): Promise<T> {
    const client = new Redis(redis.url);
    try {
      return await use(client);
    } finally {
      client.disconnect();
    }
  }

  async function createRequests(count: number, label: string): Promise<void> {
    for (let i = 0; i < count; i += 1) {
      const response = await api('POST', '/requests', { token, body: { system: { titleRu: `${label} ${i}` } } });
      expect(response.status).toBe(201);
    }
  }

  /** Waits until the ledger holds exactly the intake outbox, and returns what it holds. */
  async function ledgerMatchesOutbox(): Promise<{ sequence: number; event_id: string }[]> {
    return eventually(async () => {
      const outbox: { event_id: string; sequence: string | null }[] = await dataSource.query(
        'SELECT event_id, sequence FROM intake.outbox ORDER BY sequence',
      );
      const ledger: { event_id: string; source_sequence: string }[] = await dataSource.query(
        "SELECT event_id, source_sequence FROM audit.entries WHERE source = 'intake' ORDER BY index",
      );
      if (ledger.length !== outbox.length || outbox.some((row) => row.sequence === null)) return undefined;
      return ledger.map((row) => ({ sequence: Number(row.source_sequence), event_id: row.event_id }));
    }, 45_000);
  }

  it('recovers a tail lost with nothing after it, from the head the source announces', async () => {
    const messaging = testApp.app.get(AuditMessaging) as ContextMessaging;
    await messaging.consumer.stop();
    await createRequests(5, 'Хвост');
    // Published to Redis, not yet consumed by the ledger: then Redis comes back empty.
    await eventually(async () => {
      const [row] = await dataSource.query('SELECT count(*)::int AS count FROM intake.outbox WHERE published_at IS NULL');
      return row.count === 0 ? true : undefined;
    });
    // The jobs are lost but Redis keeps its identity (as if only the queues were flushed): the
    // relays see no new Redis and republish nothing, so only the ledger's own watch can notice.
    const epochKey = REDIS_EPOCH_KEY;
    const epoch = await withRedis((client) => client.get(epochKey));
    await redis.kill();
    await redis.restart();
    await withRedis((client) => client.set(epochKey, epoch ?? ''));
    messaging.consumer.start();

    const ledger = await ledgerMatchesOutbox();
    expect(ledger.map((row) => row.sequence)).toEqual([1, 2, 3, 4, 5]);
    const [requests] = await dataSource.query(
      "SELECT count(*)::int AS count FROM audit.entries WHERE event_type = 'audit.redelivery_requested.v1'",
    );
    expect(requests.count).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('has every event exactly once, in source order, after Redis is wiped several times mid-stream', async () => {
    // Redis goes right after a burst of writes, while the relays and consumers still have its
    // events in hand, writes go on without it, and it comes back empty.
    for (let wipe = 0; wipe < 3; wipe += 1) {
      await createRequests(12, `Перед сбросом ${wipe}`);
      await redis.kill();
      await createRequests(3, `Без Redis ${wipe}`);
      await redis.restart();
    }
    await createRequests(15, 'После сбросов');

    const ledger = await ledgerMatchesOutbox();
    expect(ledger.map((row) => row.sequence)).toEqual(Array.from({ length: ledger.length }, (_, i) => i + 1));
    expect(new Set(ledger.map((row) => row.event_id)).size).toBe(ledger.length);
    const verified = await api('GET', '/audit/verify', { token: await tokenFor({ roles: ['auditor'] }) });
    expect(verified.body).toMatchObject({ ok: true });
  }, 90_000);
});
