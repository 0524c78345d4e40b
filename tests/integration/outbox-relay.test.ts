import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { PrivateRedis } from '../support/private-redis';

interface OutboxRow {
  event_id: string;
  event_type: string;
  sequence: string | null;
  published_at: Date | null;
}

/**
 * Long enough that two commits made one after the other fall in one window even when the
 * machine is busy enough for a request to take most of a second.
 */
const COALESCE_MS = 1500;

describe('outbox relay', () => {
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let token: string;
  const queues: Queue[] = [];

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    testApp = await startTestApp({
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `relay-${redis.port}`,
    });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.app.get(DataSource);
    token = await tokenFor({ roles: ['agency.signatory'], agencyBin: randomBin() });
  });

  afterAll(async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    await testApp.close();
    await redis.kill();
  });

  function queue(name: string): Queue {
    const created = new Queue(name, { connection: { url: redis.url, maxRetriesPerRequest: 1 }, prefix: testApp.config.QUEUE_PREFIX });
    created.on('error', () => undefined);
    queues.push(created);
    return created;
  }

  async function outboxOf(requestId: string): Promise<OutboxRow[]> {
    return dataSource.query(
      'SELECT event_id, event_type, sequence, published_at FROM intake.outbox WHERE aggregate_id = $1 ORDER BY position',
      [requestId],
    );
  }

  it('puts each event on every consumer queue with the event id as the job id', async () => {
    const created = await api('POST', '/requests', { token, body: { system: { titleRu: 'Реле' } } });
    expect(created.status).toBe(201);
    const [event] = await outboxOf(created.body.id);
    const job = await eventually(async () => (await queue('events.audit').getJob(event!.event_id)) ?? undefined);
    expect(job.id).toBe(event!.event_id);
    expect(job.name).toBe('request.created.v1');
    expect(job.data).toMatchObject({ id: event!.event_id, type: 'request.created.v1', source: 'intake', aggregateId: created.body.id });
    expect(job.data.correlationId).toBe(created.headers.get('x-request-id'));
    expect(job.data.sequence).toBeGreaterThan(0);
    // Drafts are not the Commission's business: review's queue does not receive them.
    expect(await queue('events.review').getJob(event!.event_id)).toBeUndefined();
    const published = await eventually(async () => ((await outboxOf(created.body.id))[0]?.published_at ? true : undefined));
    expect(published).toBe(true);
  });

  it('numbers every committed event gaplessly, refused requests and concurrent writers included', async () => {
    const writes = Array.from({ length: 30 }, (_, index) =>
      index % 3 === 0
        ? api('POST', '/requests', { token, body: { system: { titleRu: 5 } } }) // refused: writes nothing
        : api('POST', '/requests', { token, body: { system: { titleRu: `Параллельно ${index}` } } }),
    );
    await Promise.all(writes);
    const sequences = await eventually(async () => {
      const rows: { sequence: string | null }[] = await dataSource.query('SELECT sequence FROM intake.outbox ORDER BY sequence');
      return rows.every((row) => row.sequence !== null) ? rows.map((row) => Number(row.sequence)) : undefined;
    });
    expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, index) => index + 1));
    const [head] = await dataSource.query("SELECT last_sequence FROM intake.outbox_head WHERE source = 'intake'");
    expect(Number(head.last_sequence)).toBe(sequences.length);
  });

  it('keeps events in the outbox while Redis is down and delivers them after it restarts empty', async () => {
    await redis.kill();
    const created = await api('POST', '/requests', { token, body: { system: { titleRu: 'Во время сбоя Redis' } } });
    expect(created.status).toBe(201);
    const ready = await api('GET', '/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'degraded', checks: { postgres: 'up', redis: 'down' } });
    // Several relay cycles pass; the event must still be waiting, not dropped.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const [waiting] = await outboxOf(created.body.id);
    expect(waiting!.published_at).toBeNull();

    await redis.restart();
    const job = await eventually(async () => (await queue('events.audit').getJob(waiting!.event_id)) ?? undefined, 15_000);
    expect(job.data.type).toBe('request.created.v1');
    await eventually(async () => ((await outboxOf(created.body.id))[0]?.published_at ? true : undefined));
    expect((await api('GET', '/ready')).body).toEqual({ status: 'ready', checks: { postgres: 'up', redis: 'up' } });
  });
});

describe('outbox relay with a coalescing window', () => {
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let token: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    testApp = await startTestApp({
      REDIS_URL: redis.url,
      QUEUE_PREFIX: `relay-window-${redis.port}`,
      OUTBOX_COALESCE_MS: String(COALESCE_MS),
      // Only notifications wake the relay here: a poll in between would split the window.
      OUTBOX_POLL_MS: '10000',
    });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.app.get(DataSource);
    token = await tokenFor({ roles: ['agency.signatory'], agencyBin: randomBin() });
  });

  afterAll(async () => {
    await testApp.close();
    await redis.kill();
  });

  it('sends commits that come close together in one cycle, after waiting for them', async () => {
    const first = await api('POST', '/requests', { token, body: { system: { titleRu: 'Первый' } } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await api('POST', '/requests', { token, body: { system: { titleRu: 'Второй' } } });
    const published = await eventually(async () => {
      const rows = await dataSource.query(
        `SELECT created_at, published_at FROM intake.outbox WHERE aggregate_id = ANY($1::uuid[]) ORDER BY position`,
        [[first.body.id, second.body.id]],
      );
      return rows.every((row: OutboxRow) => row.published_at) ? (rows as { created_at: Date; published_at: Date }[]) : undefined;
    });
    // The window opened by the first commit was still open when the second committed.
    expect(published[1]!.created_at.getTime() - published[0]!.created_at.getTime()).toBeLessThan(COALESCE_MS / 2);
    // One cycle marks its rows within moments of each other; a second cycle would come a window later.
    expect(Math.abs(published[1]!.published_at.getTime() - published[0]!.published_at.getTime())).toBeLessThan(25);
    expect(published[0]!.published_at.getTime() - published[0]!.created_at.getTime()).toBeGreaterThanOrEqual(COALESCE_MS - 50);
  });
});
