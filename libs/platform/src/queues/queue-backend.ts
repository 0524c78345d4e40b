import { createPostgresBackend, Job, PostgresQueueBackend, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { PlatformConfig, QUEUE_DEVELOPMENT_PASSWORD, QUEUE_ROLE, QUEUE_SCHEMA, QueueBackendKind } from '../config/platform-config';
import { withTimeout } from '../util/with-timeout';
import { patientClient } from './patient-client';
import { createWorkerConnection } from './redis-connection';

/** Where BullMQ keeps the queues, with what each backend needs to reach them. */
export interface QueueSettings {
  kind: QueueBackendKind;
  redisUrl: string;
  /** Redis keys' prefix; the PostgreSQL backend namespaces by schema instead. */
  prefix: string;
  /** The queue role's connection to DATABASE_URL's database (QUEUE_BACKEND=postgres). */
  postgresUrl: string;
}

export function queueSettings(config: PlatformConfig): QueueSettings {
  return { kind: config.QUEUE_BACKEND, redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX, postgresUrl: queueDatabaseUrl(config) };
}

/** The queue role's connection: QUEUE_DATABASE_URL, or DATABASE_URL's server and database as qaztech_queues. */
export function queueDatabaseUrl(config: Pick<PlatformConfig, 'DATABASE_URL' | 'QUEUE_DATABASE_URL' | 'QUEUE_DATABASE_PASSWORD'>): string {
  if (config.QUEUE_DATABASE_URL) return config.QUEUE_DATABASE_URL;
  const url = new URL(config.DATABASE_URL);
  url.username = QUEUE_ROLE;
  url.password = config.QUEUE_DATABASE_PASSWORD || QUEUE_DEVELOPMENT_PASSWORD;
  return url.toString();
}

/**
 * One BullMQ object's connection to the PostgreSQL backend: a small pool of its own (BullMQ pins
 * each pooled connection's search_path to the schema) and, for a worker, one more connection
 * that LISTENs for new jobs. Small, because each context's pool already takes its share of the
 * server's connections: four for a worker's queries (a pool of two delivered events at less than half the rate) and its LISTEN, two for a set of queues a process writes to (QueueSet): some 30 for the standalone process under load, opened as needed.
 */
export function postgresConnection(settings: QueueSettings, max = 1, name = 'qaztech-queues') {
  return {
    connectionString: settings.postgresUrl,
    schema: QUEUE_SCHEMA,
    max,
    keepAlive: true,
    // An idle pooled connection goes back to the server soon: a process has a dozen of these
    // pools, most of them quiet at any moment, and the server's slots are shared with every
    // context's own pool (pg keeps an idle one 10 s by default).
    idleTimeoutMillis: QUEUE_POOL_IDLE_MS,
    application_name: name,
    Client: PATIENT_CLIENT,
  };
}

const PATIENT_CLIENT = patientClient();
const QUEUE_POOL_IDLE_MS = 1_000;

/**
 * A queue to add jobs to or read them from. On Redis it shares the caller's connection (one per
 * process for producers); on PostgreSQL it has a small pool of its own.
 */
export function openQueue(settings: QueueSettings, name: string, redis: () => Redis): Queue {
  const queue =
    settings.kind === 'redis'
      ? new Queue(name, { connection: redis(), prefix: settings.prefix })
      : (new Queue(name, { connection: postgresConnection(settings) }, createPostgresBackend) as unknown as Queue);
  // Errors surface through failed calls; the queue's own error event would otherwise be unhandled.
  queue.on('error', () => undefined);
  if (settings.kind === 'postgres') retryReadinessAfterFailure(queue);
  return queue;
}

/**
 * The queues one owner sends to or reads, opened as needed under one connection. On PostgreSQL
 * they share one small pool: BullMQ's backend names a queue by a column within the schema, so a
 * sibling queue needs no connection of its own, where a queue each had a pool (a process sending
 * to six queues held six connections and more, all counted against the server's limit). On
 * Redis they share the caller's connection, as `openQueue`.
 */
export class QueueSet {
  private readonly opened = new Map<string, Queue>();
  private shared?: PostgresQueueBackend;

  constructor(
    private readonly settings: QueueSettings,
    private readonly redis: () => Redis,
  ) {}

  get(name: string): Queue {
    let queue = this.opened.get(name);
    if (!queue) {
      queue = this.settings.kind === 'redis' ? openQueue(this.settings, name, this.redis) : this.openSibling(name);
      this.opened.set(name, queue);
    }
    return queue;
  }

  names(): string[] {
    return [...this.opened.keys()];
  }

  /** Closes every queue, then the shared pool (which its queues do not own). */
  async close(): Promise<void> {
    await Promise.all([...this.opened.values()].map((queue) => queue.close().catch(() => undefined)));
    await this.shared?.close().catch(() => undefined);
  }

  private openSibling(name: string): Queue {
    const queue = new Queue(name, { connection: {} }, (queueName: string) => this.sharedBackend().forQueue(queueName)) as unknown as Queue;
    queue.on('error', () => undefined);
    return queue;
  }

  private sharedBackend(): PostgresQueueBackend {
    if (!this.shared) {
      this.shared = createPostgresBackend('queue-set', { connection: postgresConnection(this.settings, SHARED_POOL_SIZE) });
      this.shared.on('error', () => undefined);
      retryReadinessAfterFailure(this.shared);
    }
    return this.shared;
  }
}

/** Producers' statements are short; two let a count run beside an add. */
const SHARED_POOL_SIZE = 2;

interface RememberedReadiness {
  readyPromise?: Promise<void>;
  waitUntilReady(): Promise<void>;
}

/**
 * BullMQ's PostgreSQL connection checks the store once and remembers the outcome, a failure
 * included: a queue or worker whose first connection was refused (the server's connection
 * slots all taken, a session ended during the check) then failed every call at once for the
 * rest of the process's life, its worker asking again in a tight loop. Forgetting a failed
 * check makes the next call try again, as the Redis backend's reconnection does. Guarded: if a
 * later BullMQ keeps its connection elsewhere, this does nothing, and queue-store-refusal.test.ts
 * no longer passes (its worker never takes the job).
 */
export function retryReadinessAfterFailure(owner: Queue | Worker | PostgresQueueBackend): boolean {
  const backend = owner instanceof PostgresQueueBackend ? owner : (owner as unknown as { backend?: unknown }).backend;
  const connection = (backend as { connection?: RememberedReadiness } | undefined)?.connection;
  if (!connection || typeof connection.waitUntilReady !== 'function' || !('readyPromise' in connection)) return false;
  const check = connection.waitUntilReady.bind(connection);
  connection.waitUntilReady = () =>
    check().catch((error: unknown) => {
      connection.readyPromise = undefined;
      throw error;
    });
  return true;
}

export interface QueueWorkerOptions {
  concurrency: number;
  /** Called whenever the worker's connection is (again) ready: at start, and after Redis returns. */
  onConnected?: () => void;
}

/** A running worker and how to stop it. */
export interface RunningWorker {
  worker: Worker;
  stop(): Promise<void>;
}

/**
 * Starts a worker on the configured backend. Stopping lets the jobs in hand finish when the
 * backend answers; when it does not (Redis away), a graceful close would wait for a connection
 * that may never come, so it is forced.
 */
export function startWorker<D>(
  settings: QueueSettings,
  name: string,
  processor: (job: Job<D>, token?: string) => Promise<unknown>,
  options: QueueWorkerOptions,
): RunningWorker {
  if (settings.kind === 'redis') {
    const connection = createWorkerConnection(settings.redisUrl);
    connection.on('error', () => undefined);
    if (options.onConnected) connection.on('ready', options.onConnected);
    const worker = new Worker(name, processor, { connection, prefix: settings.prefix, concurrency: options.concurrency });
    return {
      worker,
      stop: async () => {
        const graceful = connection.status === 'ready';
        await withTimeout(worker.close(!graceful), 10_000, `closing the worker of ${name}`).catch(() => undefined);
        connection.disconnect();
      },
    };
  }
  const worker = new Worker(
    name,
    processor,
    { connection: postgresConnection(settings, 4, `qaztech-worker ${name}`), concurrency: options.concurrency },
    createPostgresBackend,
  ) as unknown as Worker;
  retryReadinessAfterFailure(worker);
  if (options.onConnected) {
    const connected = options.onConnected;
    worker.waitUntilReady().then(connected, () => undefined);
  }
  return {
    worker,
    stop: async () => {
      const closed = await withTimeout(worker.close(), 10_000, `closing the worker of ${name}`).then(
        () => true,
        () => false,
      );
      if (!closed) await worker.close(true).catch(() => undefined);
    },
  };
}
