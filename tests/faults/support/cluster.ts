import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ContextName, CONTEXTS } from '@qaztech/contracts';
import { loadPlatformConfig, openQueue, queueSettings, whileRefused } from '@qaztech/platform';
import { routeOf } from '../../../tools/system/topology';
import { ServiceProcess } from '../../e2e/support/service-process';
import { tokenFor } from '../../support/app';
import { Api, apiClient, ApiResponse, CallOptions } from '../../support/http-client';
import { createOwnDatabase } from '../../support/own-database';
import { PrivateRedis } from '../../support/private-redis';

/** Every context's service, as a deployment runs them: each reads a queue the others feed. */
export const SERVICE_NAMES: readonly ContextName[] = CONTEXTS;

/** Statuses that mean "the service did not answer for itself": it was down, stopping or lost its database. */
const RETRIED_STATUSES = new Set([500, 502, 503]);

/**
 * The services as separate processes on a database and a Redis of the suite's own (or with the
 * queues in that database: BullMQ's PostgreSQL backend), so the suite may break them: kill
 * Redis, end database sessions, SIGKILL a service.
 */
export class Cluster {
  readonly services = new Map<ContextName, ServiceProcess>();
  readonly api: Api;
  dataSource!: DataSource;
  retriedCalls = 0;

  private constructor(
    readonly database: { url: string; drop(): Promise<void> },
    readonly redis: PrivateRedis | undefined,
    readonly env: Record<string, string>,
  ) {
    this.api = this.routedApi();
  }

  static async start(extraEnv: Record<string, string> = {}, queues: 'redis' | 'postgres' = 'redis'): Promise<Cluster> {
    const database = await createOwnDatabase();
    const redis = queues === 'redis' ? await PrivateRedis.start() : undefined;
    const env = redis
      ? { DATABASE_URL: database.url, QUEUE_BACKEND: 'redis', REDIS_URL: redis.url, QUEUE_PREFIX: `faults-${redis.port}`, ...extraEnv }
      : { DATABASE_URL: database.url, QUEUE_BACKEND: 'postgres', ...extraEnv };
    const cluster = new Cluster(database, redis, env);
    // The development issuer's key is made once here, not by the services racing for the file.
    await tokenFor({ roles: ['auditor'] });
    for (const [name, service] of await Promise.all(
      SERVICE_NAMES.map(async (name) => [name, await ServiceProcess.start(name, env)] as const),
    )) {
      cluster.services.set(name, service);
    }
    cluster.dataSource = await new DataSource({ type: 'postgres', url: database.url, poolSize: 4 }).initialize();
    return cluster;
  }

  service(name: ContextName): ServiceProcess {
    const service = this.services.get(name);
    if (!service) throw new Error(`no ${name} service`);
    return service;
  }

  /** The figure a `SELECT count(*)::int AS count ...` reads, as the database's owner. */
  async count(sql: string): Promise<number> {
    const [row] = (await this.dataSource.query(sql)) as { count: number }[];
    return row?.count ?? 0;
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((service) => service.stop('SIGTERM')));
    await this.keepLogs();
    await this.dataSource?.destroy();
    await this.redis?.kill();
    await this.database.drop();
  }

  /**
   * Every service's output, across its restarts, in tests/artifacts/faults-<queues>/: when a
   * run fails, what each service logged (the events that failed, and why) is what explains it.
   */
  private async keepLogs(): Promise<void> {
    const folder = join(__dirname, '..', '..', 'artifacts', `faults-${this.redis ? 'redis' : 'postgres'}`);
    await mkdir(folder, { recursive: true });
    for (const [name, service] of this.services) await writeFile(join(folder, `${name}.log`), service.output);
  }

  /**
   * Uses a queue of the cluster's, on whichever backend it runs, and closes it. A server whose
   * connections are all taken (the system's pools, another run on the machine) is waited out, as
   * the services do: the suite checks the system, not the server's size.
   */
  async withQueue<T>(name: string, use: (queue: Queue) => Promise<T>): Promise<T> {
    const settings = queueSettings(loadPlatformConfig({ ...process.env, ...this.env }));
    return whileRefused(
      async () => {
        let connection: Redis | undefined;
        const queue = openQueue(settings, name, () => (connection ??= new Redis(settings.redisUrl, { maxRetriesPerRequest: 1 })));
        try {
          return await use(queue);
        } finally {
          await queue.close();
          connection?.disconnect();
        }
      },
      { budgetMs: 60_000 },
    );
  }

  /**
   * A client that sends each path to the service that serves it (the gateway's table), and
   * retries what a fault interrupted: a refused or cut connection, a 5xx. A retried call that
   * finds its work already done (the first attempt committed before the fault) is told so by
   * `alreadyDone` in the response.
   */
  private routedApi(): Api {
    return async <T = any>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> => {
      const route = routeOf(path.split('?')[0]!);
      if (!route) throw new Error(`no service serves ${path}`);
      const deadline = Date.now() + 60_000;
      for (let attempt = 1; ; attempt += 1) {
        const call = apiClient(this.service(route.service).url);
        // A fetch error comes from another realm under Jest: tell it by shape, not by instanceof.
        const response = await call<T>(method, path, options).catch((error: { message?: string }) => ({ error }));
        const failed = 'error' in response || RETRIED_STATUSES.has(response.status);
        if (!failed) return attempt > 1 ? Object.assign(response, { retried: true }) : response;
        if (Date.now() > deadline) {
          throw new Error(
            `${method} ${path} kept failing: ${'error' in response ? response.error.message : JSON.stringify(response.body)}`,
          );
        }
        this.retriedCalls += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * attempt)));
      }
    };
  }
}
