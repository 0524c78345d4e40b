import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import {
  consumersOf,
  EventEnvelope,
  eventQueueName,
  EventType,
  isKnownEventType,
  SEQUENCE_WATCHER,
  SOURCE_HEAD_JOB,
  SourceHead,
} from '@qaztech/contracts';
import { EVENT_JOB_OPTIONS, SOURCE_HEAD_JOB_OPTIONS } from './job-defaults';
import { createProducerConnection } from './redis-connection';
import { QueueSet, QueueSettings } from './queue-backend';
import { withTimeout } from '../util/with-timeout';
import { QUEUE_SCHEMA } from '../config/platform-config';

const PUBLISH_TIMEOUT_MS = 5_000;
export const REDIS_EPOCH_KEY = 'qaztech:redis-epoch';

/**
 * The PostgreSQL backend's identity: one row, made the first time it is asked for. The queues
 * share the database's durability, so it changes only when someone resets the queue schema.
 */
const POSTGRES_EPOCH = `
  WITH made AS (INSERT INTO ${QUEUE_SCHEMA}.store_identity (epoch) VALUES ($1) ON CONFLICT DO NOTHING RETURNING epoch)
  SELECT epoch FROM made UNION ALL SELECT epoch FROM ${QUEUE_SCHEMA}.store_identity LIMIT 1`;

/** Puts events on the queues of their consumers, with the event id as the job id. */
export class EventPublisher {
  private readonly connection?: Redis;
  /** The queue role's own small pool (PostgreSQL backend), for the identity and the ping. */
  private readonly pool?: Pool;
  private readonly queues: QueueSet;

  constructor(private readonly settings: QueueSettings) {
    this.queues = new QueueSet(settings, () => this.connection!);
    if (settings.kind === 'redis') {
      this.connection = createProducerConnection(settings.redisUrl);
      // Errors surface through failed commands; without a listener ioredis would print each one.
      this.connection.on('error', () => undefined);
    } else {
      this.pool = new Pool({ connectionString: settings.postgresUrl, max: 2, application_name: 'qaztech-queues' });
      this.pool.on('error', () => undefined);
    }
  }

  /** Which backend the queues are on. */
  get backend(): QueueSettings['kind'] {
    return this.settings.kind;
  }

  async publish(events: readonly EventEnvelope[]): Promise<void> {
    const byQueue = new Map<string, EventEnvelope[]>();
    for (const event of events) {
      if (!isKnownEventType(event.type)) throw new Error(`Event type ${event.type} is not in the catalogue`);
      for (const consumer of consumersOf(event.type as EventType)) {
        const name = eventQueueName(consumer);
        const queued = byQueue.get(name);
        if (queued) queued.push(event);
        else byQueue.set(name, [event]);
      }
    }
    for (const [name, queued] of byQueue) {
      const jobs = queued.map((event) => ({ name: event.type, data: event, opts: { ...EVENT_JOB_OPTIONS, jobId: event.id } }));
      // If this times out the add may still land later: harmless, the job id makes a re-add a no-op.
      await withTimeout(this.queue(name).addBulk(jobs), PUBLISH_TIMEOUT_MS, `publishing to ${name}`);
    }
  }

  /** Tells the sequence watcher how far a source has published; the same head twice is one job. */
  async announceHead(head: SourceHead): Promise<void> {
    const queue = this.queue(eventQueueName(SEQUENCE_WATCHER));
    const jobId = `head-${head.source}-${head.lastSequence}`;
    await withTimeout(queue.add(SOURCE_HEAD_JOB, head, { ...SOURCE_HEAD_JOB_OPTIONS, jobId }), PUBLISH_TIMEOUT_MS, 'announcing a head');
  }

  /**
   * The identity of the Redis data set: a key set once and kept for as long as Redis keeps its
   * data (with AOF, across restarts). A Redis that lost everything answers with a new one. It
   * names the data set, not a deployment, so it carries no queue prefix: every process using
   * this Redis agrees on it. On the PostgreSQL backend, a row in the queue schema plays its part.
   */
  async redisEpoch(): Promise<string> {
    const fresh = randomUUID();
    if (this.pool) {
      // A statement that waited for another's insert of the row cannot see it in its own
      // snapshot and answers nothing: the next one sees it.
      for (let attempt = 0; ; attempt += 1) {
        const { rows } = await withTimeout(
          this.pool.query<{ epoch: string }>(POSTGRES_EPOCH, [fresh]),
          PUBLISH_TIMEOUT_MS,
          'reading the queue store identity',
        );
        if (rows[0]) return rows[0].epoch;
        if (attempt === 2) throw new Error('the queue store has no identity');
      }
    }
    await this.connected();
    // One round trip: set a new identity unless there is one, and answer the one that stands.
    const standing = await withTimeout(
      this.connection!.set(REDIS_EPOCH_KEY, fresh, 'NX', 'GET'),
      PUBLISH_TIMEOUT_MS,
      'reading the Redis epoch',
    );
    return standing ?? fresh;
  }

  async ping(): Promise<void> {
    if (this.pool) {
      await withTimeout(this.pool.query('SELECT 1'), PUBLISH_TIMEOUT_MS, 'queue store ping');
      return;
    }
    await this.connected();
    await withTimeout(this.connection!.ping(), PUBLISH_TIMEOUT_MS, 'Redis ping');
  }

  /**
   * Right after start the connection is still being made: wait for it (boundedly) rather than
   * report Redis as away, which a command refused by the empty offline queue would.
   */
  private async connected(): Promise<void> {
    if (this.connection && ['wait', 'connecting', 'connect'].includes(this.connection.status)) {
      await withTimeout(once(this.connection, 'ready'), PUBLISH_TIMEOUT_MS, 'connecting to Redis');
    }
  }

  /** Jobs not yet finished per queue, for the queue-depth gauge. */
  async depths(names: readonly string[]): Promise<Record<string, number>> {
    const depths: Record<string, number> = {};
    for (const name of names) {
      depths[name] = await withTimeout(
        this.queue(name).getJobCountByTypes('waiting', 'delayed', 'active', 'prioritized'),
        PUBLISH_TIMEOUT_MS,
        `counting ${name}`,
      );
    }
    return depths;
  }

  /** Every queue this process has sent to or scheduled on so far, event queues or machine queues. */
  openQueueNames(): string[] {
    return this.queues.names();
  }

  queue(name: string): Queue {
    return this.queues.get(name);
  }

  async close(): Promise<void> {
    await withTimeout(this.queues.close(), PUBLISH_TIMEOUT_MS, 'closing queues').catch(() => undefined);
    this.connection?.disconnect();
    await this.pool?.end().catch(() => undefined);
  }
}
