import { randomBytes, randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { EventEnvelope, eventQueueName, eventsConsumedBy, EventType } from '@qaztech/contracts';
import { EVENT_JOB_OPTIONS, EventConsumer, EventHandler, loadPlatformConfig, queueSettings } from '@qaztech/platform';
import { eventually } from '../support/fixtures';

/** What a test event asks its handler to do besides recording its effect. */
interface Instructions {
  fail?: 'throw' | 'sql';
  /** Breaks a deferred constraint, so that the whole transaction fails only at its commit. */
  breakCommit?: boolean;
}

/**
 * The consumer handles the events that wait while a transaction runs together in the next one,
 * each under a savepoint. These tests hold it to what one transaction per event guaranteed:
 * an event that fails fails alone, a commit that fails leaves nothing behind, and every event is
 * handled once however it is delivered.
 */
describe('event consumer handling events in groups', () => {
  const context = 'registry';
  const schema = `consumer_groups_${randomBytes(3).toString('hex')}`;
  let dataSource: DataSource;
  let consumer: EventConsumer;

  async function effect(event: EventEnvelope<EventType, Instructions>, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO ${schema}.effects (event_id) VALUES ($1)`, [event.id]);
    if (event.payload.fail === 'throw') throw new Error(`refused ${event.id}`);
    if (event.payload.fail === 'sql') await manager.query('SELECT 1 / 0');
    if (event.payload.breakCommit) await manager.query(`INSERT INTO ${schema}.checked_at_commit (id) VALUES (1)`);
  }

  /** Events given to the shared `handleAll` at once, one list per call. */
  const handledAtOnce: string[][] = [];
  async function effects(events: EventEnvelope[], manager: EntityManager): Promise<void> {
    handledAtOnce.push(events.map((one) => one.id));
    await manager.query(`INSERT INTO ${schema}.effects (event_id) SELECT unnest($1::uuid[])`, [events.map((one) => one.id)]);
    if (events.some((one) => (one.payload as Instructions).fail)) throw new Error('refused one of them');
  }

  // Revocations and expiries share a handleAll; decisions are handled one at a time.
  const handlers: EventHandler[] = eventsConsumedBy(context).map((eventType) => ({
    eventType,
    handle: (event, manager) => effect(event as EventEnvelope<EventType, Instructions>, manager),
    handleAll: ['decision.revoked.v1', 'exemption.expired.v1'].includes(eventType) ? effects : undefined,
  }));

  beforeAll(async () => {
    const config = loadPlatformConfig();
    dataSource = await new DataSource({ type: 'postgres', url: config.DATABASE_URL, poolSize: 4 }).initialize();
    await dataSource.query(`CREATE SCHEMA ${schema}`);
    await dataSource.query(`CREATE TABLE ${schema}.effects (event_id uuid NOT NULL)`);
    await dataSource.query(`CREATE TABLE ${schema}.checked_at_commit (id int, UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)`);
    consumer = new EventConsumer(dataSource, handlers, { context, queues: { ...queueSettings(config), prefix: `groups-${schema}` } });
  });

  afterAll(async () => {
    await consumer.stop();
    await dataSource.query(`DROP SCHEMA ${schema} CASCADE`);
    await dataSource.destroy();
  });

  let sequence = 0;
  const event = (payload: Instructions = {}, type: EventType = 'decision.issued.v1'): EventEnvelope<EventType, Instructions> => ({
    id: randomUUID(),
    type,
    source: 'review',
    sequence: (sequence += 1),
    occurredAt: new Date().toISOString(),
    aggregateId: randomUUID(),
    actor: { id: 'system', role: 'system' },
    correlationId: randomUUID(),
    payload,
  });

  /** Hands the events to the consumer in one turn, so that they are handled as one group. */
  const together = (events: EventEnvelope[]) => Promise.allSettled(events.map((one) => consumer.process(one)));

  async function effectsOf(events: EventEnvelope[]): Promise<string[]> {
    const rows: { event_id: string }[] = await dataSource.query(
      `SELECT event_id FROM ${schema}.effects WHERE event_id = ANY($1::uuid[]) ORDER BY event_id`,
      [events.map((one) => one.id)],
    );
    return rows.map((row) => row.event_id);
  }

  async function recorded(events: EventEnvelope[]): Promise<{ event_id: string; xmin: string }[]> {
    return dataSource.query(
      `SELECT event_id, xmin::text FROM ${context}.processed_events WHERE event_id = ANY($1::uuid[]) ORDER BY event_id`,
      [events.map((one) => one.id)],
    );
  }

  const ids = (events: EventEnvelope[]) => events.map((one) => one.id).sort();

  it('commits the others when one event throws and another breaks a statement, and fails only those two', async () => {
    const [first, thrown, broken, last] = [event(), event({ fail: 'throw' }), event({ fail: 'sql' }), event()];
    const settled = await together([first!, thrown!, broken!, last!]);
    expect(settled.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect(settled[0]).toEqual({ status: 'fulfilled', value: true });
    expect((settled[1] as PromiseRejectedResult).reason.message).toMatch(/refused/);
    expect((settled[2] as PromiseRejectedResult).reason.message).toMatch(/division by zero/);
    expect(await effectsOf([first!, thrown!, broken!, last!])).toEqual(ids([first!, last!]));
    const records = await recorded([first!, thrown!, broken!, last!]);
    expect(records.map((row) => row.event_id)).toEqual(ids([first!, last!]));
    // One transaction wrote both records: they were committed together.
    expect(new Set(records.map((row) => row.xmin)).size).toBe(1);

    // Their retries, once the cause is gone, find them unhandled and handle each once.
    const retried = await together([{ ...thrown!, payload: {} }, { ...broken!, payload: {} }, first!]);
    expect(retried).toEqual([
      { status: 'fulfilled', value: true },
      { status: 'fulfilled', value: true },
      { status: 'fulfilled', value: false },
    ]);
    expect(await effectsOf([first!, thrown!, broken!, last!])).toEqual(ids([first!, thrown!, broken!, last!]));
  });

  it('fails every event of a group whose commit fails, and handles each once when they come again', async () => {
    await dataSource.query(`INSERT INTO ${schema}.checked_at_commit (id) VALUES (1)`);
    const events = [event(), event({ breakCommit: true }), event()];
    const settled = await together(events);
    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const outcome of settled) expect((outcome as PromiseRejectedResult).reason.message).toMatch(/duplicate key/);
    expect(await effectsOf(events)).toEqual([]);
    expect(await recorded(events)).toEqual([]);

    await dataSource.query(`DELETE FROM ${schema}.checked_at_commit`);
    expect(await together(events)).toEqual(events.map(() => ({ status: 'fulfilled', value: true })));
    expect(await together(events)).toEqual(events.map(() => ({ status: 'fulfilled', value: false })));
    expect(await effectsOf(events)).toEqual(ids(events));
    expect((await recorded(events)).map((row) => row.event_id)).toEqual(ids(events));
  });

  it('records an event delivered twice in one group once, and handles it once', async () => {
    const [handledBefore] = [event()];
    await consumer.process(handledBefore!);
    const twice = event();
    const other = event();
    const settled = await together([twice, { ...twice }, other, handledBefore!]);
    expect(settled).toEqual([
      { status: 'fulfilled', value: true },
      { status: 'fulfilled', value: false },
      { status: 'fulfilled', value: true },
      { status: 'fulfilled', value: false },
    ]);
    expect(await effectsOf([twice, other, handledBefore!])).toEqual(ids([twice, other, handledBefore!]));
    expect((await recorded([twice])).length).toBe(1);
  });

  it('fails the copy of a failing event with it, so that neither job is acknowledged', async () => {
    const failing = event({ fail: 'throw' });
    const settled = await together([failing, { ...failing }]);
    expect(settled.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    expect(await recorded([failing])).toEqual([]);
  });

  it('gives neighbours whose handlers share handleAll to it at once, and one by one when it fails', async () => {
    const [revoked, expired, issued, revokedLater] = [
      event({}, 'decision.revoked.v1'),
      event({}, 'exemption.expired.v1'),
      event(),
      event({}, 'decision.revoked.v1'),
    ];
    handledAtOnce.length = 0;
    expect(await together([revoked!, expired!, issued!, revokedLater!])).toEqual(
      [revoked, expired, issued, revokedLater].map(() => ({ status: 'fulfilled', value: true })),
    );
    // The decision between them has no handleAll: it splits the run.
    expect(handledAtOnce).toEqual([[revoked!.id, expired!.id]]);
    expect(await effectsOf([revoked!, expired!, issued!, revokedLater!])).toEqual(ids([revoked!, expired!, issued!, revokedLater!]));

    const [fine, refused, alsoFine] = [
      event({}, 'decision.revoked.v1'),
      event({ fail: 'throw' }, 'exemption.expired.v1'),
      event({}, 'decision.revoked.v1'),
    ];
    const settled = await together([fine!, refused!, alsoFine!]);
    expect(settled.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await effectsOf([fine!, refused!, alsoFine!])).toEqual(ids([fine!, alsoFine!]));
    expect((await recorded([fine!, refused!, alsoFine!])).map((row) => row.event_id)).toEqual(ids([fine!, alsoFine!]));
  });

  it('acknowledges the jobs of a group after its commit and leaves the failing one to be retried', async () => {
    const config = loadPlatformConfig();
    const connection = { url: config.REDIS_URL, maxRetriesPerRequest: null };
    const queue = new Queue(eventQueueName(context), { connection, prefix: `groups-${schema}` });
    try {
      const events = [event(), event({ fail: 'throw' }), event(), event()];
      await queue.addBulk(events.map((one) => ({ name: one.type, data: one, opts: { ...EVENT_JOB_OPTIONS, jobId: one.id } })));
      consumer.start();
      const states = await eventually(async () => {
        const found = await Promise.all(events.map(async (one) => (await Job.fromId(queue, one.id))?.getState()));
        return found.filter((state) => state === 'completed').length === 3 ? found : undefined;
      });
      expect(states[1]).not.toBe('completed');
      const refused = await Job.fromId(queue, events[1]!.id);
      expect(refused?.attemptsMade).toBeGreaterThanOrEqual(1);
      expect(refused?.failedReason).toMatch(/refused/);
      expect(await effectsOf(events)).toEqual(ids([events[0]!, events[2]!, events[3]!]));
    } finally {
      await consumer.stop();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
