import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventEnvelope, eventQueueName, SourceHead } from '@qaztech/contracts';
import { IntakeMessaging } from '../../libs/intake/src/shared/intake-outbox';
import { EVENT_JOB_OPTIONS, EventPublisher, OutboxRelay, RELAY_TURN_LOCK, RelayPublisher } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { ManualTimer } from '../support/manual-timer';
import { PrivateRedis } from '../support/private-redis';
import { submitCompleteRequest } from '../support/review-flow';

interface OutboxRow {
  event_id: string;
  event_type: string;
  sequence: string | null;
  published_at: Date | null;
}

const COALESCE_MS = 20;
const POLL_MS = 60_000;

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
    dataSource = testApp.owner;
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
    // A relay cycle while Redis is away fails and leaves the event waiting, not dropped.
    await expect(testApp.app.get(IntakeMessaging).relay.relayOnce()).rejects.toThrow();
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
  let relay: OutboxRelay;
  const timer = new ManualTimer();

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    testApp = await startTestApp({ REDIS_URL: redis.url, QUEUE_PREFIX: `relay-window-${redis.port}` });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    token = await tokenFor({ roles: ['agency.signatory'], agencyBin: randomBin() });
    // Intake's outbox is emptied here by a relay whose timers the test fires, instead of the app's.
    await testApp.app.get(IntakeMessaging).relay.stop();
    relay = new OutboxRelay(dataSource, testApp.app.get(EventPublisher), {
      source: 'intake',
      databaseUrl: testApp.config.DATABASE_URL,
      pollIntervalMs: POLL_MS,
      coalesceMs: COALESCE_MS,
      headAnnounceMs: POLL_MS,
      timer,
    });
    relay.start();
  });

  afterAll(async () => {
    await relay.stop();
    await testApp.close();
    await redis.kill();
  });

  async function publishedOf(ids: string[]): Promise<(Date | null)[]> {
    const rows = (await dataSource.query('SELECT published_at FROM intake.outbox WHERE aggregate_id = ANY($1::uuid[]) ORDER BY position', [
      ids,
    ])) as OutboxRow[];
    return rows.map((row) => row.published_at);
  }

  it('waits the window after a commit, and sends every commit made within it in one cycle when it ends', async () => {
    // Commits wake the relay only once its LISTEN is in place; on a busy machine that can come after start.
    await eventually(async () => (relay.listening ? true : undefined));
    const idle = await timer.next(POLL_MS);
    const first = await api('POST', '/requests', { token, body: { system: { titleRu: 'Первый' } } });
    // The commit wakes the relay, which opens the window instead of running a cycle at once.
    const window = await timer.next(COALESCE_MS, idle.id);
    expect(timer.isPending(idle.id)).toBe(false);
    const second = await api('POST', '/requests', { token, body: { system: { titleRu: 'Второй' } } });
    const ids = [first.body.id as string, second.body.id as string];
    // The relay is parked on the window's timer: both commits wait in the outbox.
    expect(await publishedOf(ids)).toEqual([null, null]);

    window.fire();
    // The relay sleeps again only after the cycle the window ended: that one cycle sent both.
    await timer.next(POLL_MS, window.id);
    expect((await publishedOf(ids)).map((at) => at instanceof Date)).toEqual([true, true]);
  });
});

/** Publishes for real, and around the first publish runs what the test says. */
class InterruptedFirstPublish implements RelayPublisher {
  private interrupted = false;

  constructor(
    private readonly real: EventPublisher,
    private readonly interruption: { before?: (events: readonly EventEnvelope[]) => Promise<void>; after?: () => Promise<void> },
  ) {}

  redisEpoch(): Promise<string> {
    return this.real.redisEpoch();
  }

  announceHead(head: SourceHead): Promise<void> {
    return this.real.announceHead(head);
  }

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    if (this.interrupted) return this.real.publish(events);
    this.interrupted = true;
    await this.interruption.before?.(events);
    await this.real.publish(events);
    await this.interruption.after?.();
  }
}

describe('outbox relay whose database session ends right after it published', () => {
  const RELAY_APPLICATION = 'qaztech-relay-under-test';
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let owner: DataSource;
  let relayDatabase: DataSource;
  let token: string;
  let agencyBin: string;

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    testApp = await startTestApp({ REDIS_URL: redis.url, QUEUE_PREFIX: `relay-ended-${redis.port}` });
    api = apiClient(testApp.baseUrl);
    owner = testApp.owner;
    agencyBin = randomBin();
    token = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    await testApp.app.get(IntakeMessaging).relay.stop();
    relayDatabase = await new DataSource({
      type: 'postgres',
      url: testApp.config.DATABASE_URL,
      poolSize: 2,
      applicationName: RELAY_APPLICATION,
    }).initialize();
  });

  afterAll(async () => {
    await relayDatabase.destroy();
    await testApp.close();
    await redis.kill();
  });

  function relayWith(publisher: RelayPublisher): OutboxRelay {
    return new OutboxRelay(relayDatabase, publisher, {
      source: 'intake',
      databaseUrl: testApp.config.DATABASE_URL,
      pollIntervalMs: POLL_MS,
      headAnnounceMs: POLL_MS,
    });
  }

  /**
   * Intake's relay turns held now in this database (the application's other contexts take theirs
   * meanwhile, and other databases on the server have intake relays of their own).
   */
  async function turnsHeld(): Promise<number> {
    const [{ count }] = await owner.query(
      `SELECT count(*)::int AS count FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND classid = $1::bigint::oid AND objid = (hashtext($2)::bigint & 4294967295)::oid AND objsubid = 2`,
      [RELAY_TURN_LOCK, 'intake'],
    );
    return count;
  }

  /** Ends the sessions of the relay under test, and waits until they are gone, as when the server ends them under load. */
  async function endRelaySessions(): Promise<void> {
    await owner.query(
      'SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()',
      [RELAY_APPLICATION],
    );
  }

  async function createRequest(titleRu: string): Promise<string> {
    const created = await api('POST', '/requests', { token, body: { system: { titleRu } } });
    expect(created.status).toBe(201);
    const [row] = await owner.query('SELECT event_id FROM intake.outbox WHERE aggregate_id = $1', [created.body.id]);
    return row.event_id as string;
  }

  it('gives no published event a number that another event can take: the ledger holds every event once, under its number', async () => {
    const first = await createRequest('До долгой транзакции');
    // A transaction that wrote its event before the next two but commits after them: its row
    // has the lower position and becomes visible only while the relay is publishing.
    const late = owner.createQueryRunner();
    await late.connect();
    await late.startTransaction();
    const lateEvent = randomUUID();
    await late.query(
      `INSERT INTO intake.outbox (event_id, event_type, aggregate_id, envelope)
       SELECT $1::uuid, event_type, aggregate_id, jsonb_set(envelope, '{id}', to_jsonb($1::text)) FROM intake.outbox WHERE event_id = $2`,
      [lateEvent, first],
    );
    const others = [await createRequest('Вторая'), await createRequest('Третья')];

    const relay = relayWith(
      new InterruptedFirstPublish(testApp.app.get(EventPublisher), {
        after: async () => {
          await late.commitTransaction();
          await late.release();
          await endRelaySessions();
        },
      }),
    );
    // The interrupted cycle may report the lost session; what it published is what matters.
    await relay.relayOnce().catch(() => 0);
    await relay.relayOnce();

    const events = [first, lateEvent, ...others];
    const numbered: { event_id: string; sequence: string }[] = await owner.query(
      'SELECT event_id, sequence FROM intake.outbox WHERE event_id = ANY($1::uuid[]) ORDER BY sequence',
      [events],
    );
    expect(numbered.map((row) => row.sequence)).not.toContain(null);
    const inLedger = await eventually(async () => {
      const rows: { event_id: string; source_sequence: string }[] = await owner.query(
        "SELECT event_id, source_sequence FROM audit.entries WHERE source = 'intake' AND event_id = ANY($1::uuid[]) ORDER BY source_sequence",
        [events],
      );
      return rows.length === events.length ? rows : undefined;
    }, 20_000);
    expect(inLedger.map((row) => [row.event_id, row.source_sequence])).toEqual(numbered.map((row) => [row.event_id, row.sequence]));
  });

  it('leaves the events of a failed publish unpublished, under the numbers they were given, and sends them with those', async () => {
    const events = [await createRequest('Перед падением Redis'), await createRequest('Тоже')];
    const relay = relayWith(new InterruptedFirstPublish(testApp.app.get(EventPublisher), { before: () => redis.kill() }));
    await expect(relay.relayOnce()).rejects.toThrow();
    const waiting: { sequence: string | null; published_at: Date | null }[] = await owner.query(
      'SELECT sequence, published_at FROM intake.outbox WHERE event_id = ANY($1::uuid[]) ORDER BY sequence',
      [events],
    );
    expect(waiting.map((row) => row.published_at)).toEqual([null, null]);
    expect(waiting.map((row) => row.sequence)).not.toContain(null);

    await redis.restart();
    await eventually(async () => ((await relay.relayOnce().catch(() => 0)) > 0 ? true : undefined), 15_000);
    const inLedger = await eventually(async () => {
      const rows: { source_sequence: string }[] = await owner.query(
        "SELECT source_sequence FROM audit.entries WHERE source = 'intake' AND event_id = ANY($1::uuid[]) ORDER BY source_sequence",
        [events],
      );
      return rows.length === events.length ? rows : undefined;
    }, 20_000);
    expect(inLedger.map((row) => row.source_sequence)).toEqual(waiting.map((row) => row.sequence));
  });

  it('sends a cycle cut short halfway through its queues to every consumer again, not only to those it missed', async () => {
    const requestId = await submitCompleteRequest(api, token, agencyBin);
    const [submitted] = await owner.query(
      "SELECT event_id FROM intake.outbox WHERE aggregate_id = $1 AND event_type = 'request.submitted.v1'",
      [requestId],
    );
    const ledgerQueue = new Queue(eventQueueName('audit'), { connection: { url: redis.url }, prefix: testApp.config.QUEUE_PREFIX });
    // The process stops after the ledger's queue got the cycle's events and before the others
    // did: its session goes with it, and nothing of the cycle runs after that.
    const relay = relayWith(
      new InterruptedFirstPublish(testApp.app.get(EventPublisher), {
        before: async (events) => {
          await ledgerQueue.addBulk(
            events.map((event) => ({ name: event.type, data: event, opts: { ...EVENT_JOB_OPTIONS, jobId: event.id } })),
          );
          await endRelaySessions();
          throw new Error('the process stopped here');
        },
      }),
    );
    await expect(relay.relayOnce()).rejects.toThrow('the process stopped here');
    await ledgerQueue.close();
    await relay.relayOnce();

    // Review and the catalogue take the submission; the ledger holds it once, under its number.
    for (const consumer of ['review', 'catalogue']) {
      await eventually(async () => {
        const rows = await owner.query(`SELECT 1 FROM ${consumer}.processed_events WHERE event_id = $1`, [submitted.event_id]);
        return rows.length === 1 ? true : undefined;
      }, 20_000);
    }
    const [numbered] = await owner.query('SELECT sequence FROM intake.outbox WHERE event_id = $1', [submitted.event_id]);
    const inLedger = await eventually(async () => {
      const rows = await owner.query('SELECT source_sequence FROM audit.entries WHERE event_id = $1', [submitted.event_id]);
      return rows.length === 1 ? rows : undefined;
    }, 20_000);
    expect(inLedger).toEqual([{ source_sequence: numbered.sequence }]);
  });

  it('relays in turns: while another replica has the turn a cycle publishes nothing, and no turn stays held after a cycle', async () => {
    const event = await createRequest('Очередь реплик');
    const relay = relayWith(testApp.app.get(EventPublisher));
    const otherReplica = owner.createQueryRunner();
    await otherReplica.connect();
    await otherReplica.query('SELECT pg_advisory_lock($1, hashtext($2))', [RELAY_TURN_LOCK, 'intake']);
    try {
      await expect(relay.relayOnce()).resolves.toBe(0);
      const [waiting] = await owner.query('SELECT sequence FROM intake.outbox WHERE event_id = $1', [event]);
      expect(waiting.sequence).toBeNull();
      expect(await turnsHeld()).toBe(1);
    } finally {
      await otherReplica.query('SELECT pg_advisory_unlock($1, hashtext($2))', [RELAY_TURN_LOCK, 'intake']);
      await otherReplica.release();
    }

    // The turn is held through the publishing, not only the numbering.
    let turnsWhilePublishing: number | undefined;
    const publishing = relayWith(
      new InterruptedFirstPublish(testApp.app.get(EventPublisher), {
        before: async () => {
          turnsWhilePublishing = await turnsHeld();
        },
      }),
    );
    await expect(publishing.relayOnce()).resolves.toBeGreaterThan(0);
    expect(turnsWhilePublishing).toBe(1);
    const [published] = await owner.query('SELECT sequence, published_at FROM intake.outbox WHERE event_id = $1', [event]);
    expect(published.sequence).not.toBeNull();
    expect(published.published_at).not.toBeNull();
    expect(await turnsHeld()).toBe(0);
  });
});
