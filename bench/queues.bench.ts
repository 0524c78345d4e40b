import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueueBackendKind, startEmbeddedPostgres } from '@qaztech/platform';
import { BenchContext } from './context';
import { commitToOutbox, processedByAudit, settle } from './flow.bench';
import { load, settledLoad } from './http.bench';
import { freePort, ServerProcess, SHIPPED_NODE_OPTIONS } from './processes';
import { Figure, progress } from './support';

export interface QueueBenchSizes {
  deliveryEvents: number;
  seconds: number;
  connections: number;
}

export const QUEUES_FULL: QueueBenchSizes = { deliveryEvents: 10_000, seconds: 15, connections: 10 };
export const QUEUES_QUICK: QueueBenchSizes = { deliveryEvents: 1_000, seconds: 2, connections: 10 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface BackendFigures {
  deliveryPerSecond: number;
  submitsPerSecond: number;
  p99: number;
}

/** The standalone process with its queues on one backend: event delivery, then create + submit. */
async function measureBackend(context: BenchContext, backend: QueueBackendKind, sizes: QueueBenchSizes): Promise<BackendFigures> {
  const env = { ...context.env(), QUEUE_BACKEND: backend, ...(SHIPPED_NODE_OPTIONS ? { NODE_OPTIONS: SHIPPED_NODE_OPTIONS } : {}) };
  const server = await ServerProcess.start(`standalone, queues on ${backend}`, 'apps/standalone/src/main.js', env, '/ready');
  context.queueBackend = backend;
  try {
    await settle(context);
    const before = await processedByAudit(context);
    await commitToOutbox(context, sizes.deliveryEvents);
    const started = performance.now();
    while ((await processedByAudit(context)) < before + sizes.deliveryEvents) {
      if (performance.now() - started > 15 * 60_000) throw new Error(`event delivery on ${backend}: not done after 15 minutes`);
      await sleep(100);
    }
    const deliveryPerSecond = sizes.deliveryEvents / ((performance.now() - started) / 1000);
    const spec = (seconds: number) => ({
      baseUrl: server.baseUrl,
      connections: sizes.connections,
      durationSeconds: seconds,
      token: context.signatoryToken,
      createSubmit: { createPath: '/requests', body: context.requestBody() },
    });
    await load(spec(1));
    const submitted = await settledLoad(context, spec(sizes.seconds));
    const figures = { deliveryPerSecond, submitsPerSecond: submitted.requestsPerSecond / 2, p99: submitted.p99 };
    progress(
      `queues on ${backend}: delivery ${deliveryPerSecond.toFixed(0)} events/s; create + submit ${figures.submitsPerSecond.toFixed(0)}/s, p99 ${submitted.p99} ms`,
    );
    return figures;
  } finally {
    await server.stop();
    context.queueBackend = 'redis';
  }
}

/**
 * Event delivery and create + submit with the queues on Redis and on BullMQ's PostgreSQL backend,
 * one after the other in the same run: Redis is the baseline of the PostgreSQL figures. Each on an
 * empty database of its own: on the run's database the system on PostgreSQL queues would first
 * send again everything the earlier figures had sent through Redis (a new queue store, whose jobs
 * it cannot know were handled), tens of thousands of events, and measure that instead.
 */
export async function queueBackendFigures(sizes: QueueBenchSizes): Promise<Figure[]> {
  const redis = await BenchContext.withOwn((context) => measureBackend(context, 'redis', sizes));
  const postgres = await BenchContext.withOwn((context) => measureBackend(context, 'postgres', sizes));
  return [
    {
      name: `event delivery with the queues on PostgreSQL (${sizes.deliveryEvents} events)`,
      value: postgres.deliveryPerSecond,
      unit: 'events/s',
      baseline: { name: 'the same with the queues on Redis', value: redis.deliveryPerSecond },
      aim: '≥ 0.4 × Redis',
      met: postgres.deliveryPerSecond >= 0.4 * redis.deliveryPerSecond,
    },
    {
      name: `create + submit with the queues on PostgreSQL, ${sizes.connections} conn. (p99 ${postgres.p99} ms vs ${redis.p99} ms)`,
      value: postgres.submitsPerSecond,
      unit: 'requests/s',
      baseline: { name: 'the same with the queues on Redis', value: redis.submitsPerSecond },
      aim: '≥ 0.7 × Redis',
      met: postgres.submitsPerSecond >= 0.7 * redis.submitsPerSecond,
    },
  ];
}

/**
 * The embedded PostgreSQL of a machine with nothing but Node: from an empty data directory
 * (initdb, then start), and started again on the directory it made.
 */
export async function embeddedStartupFigures(): Promise<Figure[]> {
  const folder = await mkdtemp(join(tmpdir(), 'qtx-bench-embedded-'));
  // As root the server runs as the postgres user, which must be able to enter the folder.
  await chmod(folder, 0o755);
  try {
    const dataDir = join(folder, 'postgres');
    const first = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    await again.stop();
    progress(`embedded PostgreSQL: ${first.startupMs} ms from an empty directory, ${again.startupMs} ms on its own directory`);
    return [
      {
        name: 'embedded PostgreSQL start-up from an empty .local/ (initdb + start)',
        value: first.startupMs,
        unit: 'ms',
        aim: '< 10,000 ms',
        met: first.startupMs < 10_000,
      },
      {
        name: 'embedded PostgreSQL start-up on the data it made',
        value: again.startupMs,
        unit: 'ms',
        aim: '< 2,000 ms',
        met: again.startupMs < 2_000,
      },
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
