import { BenchContext } from './context';
import { load } from './http.bench';
import { runJsonChild, ServerProcess, SYSTEM_CORE } from './processes';
import { Figure, percentile, progress, sortNumbers } from './support';
import { syntheticEnvelope } from './synthetic-event';

export interface FlowBenchSizes {
  deliveryEvents: number;
  lagSeconds: number;
  /** Submissions (create + submit) per second. */
  lagRate: number;
}

export const FLOW_FULL: FlowBenchSizes = { deliveryEvents: 50_000, lagSeconds: 60, lagRate: 200 };
export const FLOW_QUICK: FlowBenchSizes = { deliveryEvents: 2_000, lagSeconds: 5, lagRate: 50 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function processedByAudit(context: BenchContext): Promise<number> {
  const { rows } = await context.pool.query(
    `SELECT count(*)::int AS n FROM audit.processed_events WHERE event_type = 'request.created.v1'`,
  );
  return (rows[0] as { n: number }).n;
}

/** Commits `count` events to intake's outbox in one transaction, as writers would, and wakes the relay. */
async function commitToOutbox(context: BenchContext, count: number): Promise<void> {
  const client = await context.pool.connect();
  try {
    await client.query('BEGIN');
    for (let from = 0; from < count; from += 5_000) {
      const events = Array.from({ length: Math.min(5_000, count - from) }, (_, offset) => syntheticEnvelope(from + offset));
      await client.query(
        `INSERT INTO intake.outbox (event_id, event_type, aggregate_id, envelope)
         SELECT (e->>'id')::uuid, e->>'type', (e->>'aggregateId')::uuid, e FROM unnest($1::jsonb[]) AS e`,
        [events.map((event) => JSON.stringify(event))],
      );
    }
    await client.query(`SELECT pg_notify('outbox_intake', '')`);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

/**
 * Committed outbox rows to handled events: the relay numbers and publishes them to BullMQ, the
 * ledger's consumer records each in its own transaction. The baseline adds the same envelopes
 * to a bare queue and takes them with a no-op worker of the same concurrency.
 */
export async function delivery(context: BenchContext, sizes: FlowBenchSizes): Promise<Figure> {
  const count = sizes.deliveryEvents;
  const before = await processedByAudit(context);
  progress(`event delivery: committing ${count} events to the intake outbox`);
  await commitToOutbox(context, count);
  const started = performance.now();
  let seen = before;
  while (seen < before + count) {
    if (performance.now() - started > 15 * 60_000) throw new Error(`event delivery: ${seen - before} of ${count} after 15 minutes`);
    await sleep(100);
    seen = await processedByAudit(context);
  }
  const rate = count / ((performance.now() - started) / 1000);
  progress(`event delivery: ${rate.toFixed(0)} events/s; raw BullMQ next`);
  const raw = await runJsonChild<{ seconds: number }>(SYSTEM_CORE, 'bench/raw-queue.js', {
    count,
    redisUrl: context.config.REDIS_URL,
    prefix: context.config.QUEUE_PREFIX,
  });
  const baseline = count / raw.seconds;
  return {
    name: `event delivery, outbox → BullMQ → consumer (${count} events)`,
    value: rate,
    unit: 'events/s',
    baseline: { name: 'raw BullMQ add + no-op worker', value: baseline },
    aim: '≥ 0.7 × baseline',
    met: rate >= 0.7 * baseline,
  };
}

/** Polls the newest signed checkpoint's size, with the wall-clock time it was first seen. */
function watchCheckpoints(context: BenchContext) {
  const seen: { at: number; size: number }[] = [];
  let running = true;
  const done = (async () => {
    while (running) {
      const { rows } = await context.pool.query('SELECT max(size) AS size FROM audit.checkpoints');
      const size = Number((rows[0] as { size: string | null }).size ?? 0);
      if (seen.length === 0 || seen[seen.length - 1]!.size !== size) seen.push({ at: Date.now(), size });
      await sleep(5);
    }
  })();
  return {
    seen,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/**
 * Submissions over HTTP at a steady rate; each one's event travels relay → BullMQ → ledger
 * consumer → integrator, and the lag is from its commit (the event's time) to the first signed
 * checkpoint seen to include it.
 */
export async function commitToCheckpoint(context: BenchContext, server: ServerProcess, sizes: FlowBenchSizes): Promise<Figure> {
  const since = new Date(Date.now() - 1);
  const watcher = watchCheckpoints(context);
  progress(`commit → checkpoint: ${sizes.lagRate} submissions/s for ${sizes.lagSeconds} s`);
  const result = await load({
    baseUrl: server.baseUrl,
    connections: 20,
    durationSeconds: sizes.lagSeconds,
    overallRate: sizes.lagRate * 2,
    token: context.signatoryToken,
    createSubmit: { createPath: '/requests', body: context.requestBody() },
  });
  const submitted = Math.floor(result.requests / 2);
  let entries: { index: string; occurred: string }[] = [];
  const deadline = Date.now() + 120_000;
  while (entries.length < submitted && Date.now() < deadline) {
    await sleep(50);
    const { rows } = await context.pool.query(
      `SELECT index, (extract(epoch FROM occurred_at) * 1000)::float8 AS occurred FROM audit.entries
        WHERE event_type = 'request.submitted.v1' AND occurred_at >= $1`,
      [since],
    );
    entries = rows as typeof entries;
  }
  const last = Math.max(...entries.map((entry) => Number(entry.index)));
  while (!watcher.seen.some((seen) => seen.size > last) && Date.now() < deadline) await sleep(20);
  await watcher.stop();
  const lags = sortNumbers(
    entries.map(
      (entry) => (watcher.seen.find((seen) => seen.size > Number(entry.index))?.at ?? Number.POSITIVE_INFINITY) - Number(entry.occurred),
    ),
  );
  const p99 = percentile(lags, 99);
  const achieved = submitted / result.seconds;
  progress(
    `commit → checkpoint: ${achieved.toFixed(0)} submissions/s, p50 ${percentile(lags, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`,
  );
  return {
    name: `commit → signed checkpoint p99 (${achieved.toFixed(0)} submissions/s for ${sizes.lagSeconds} s; p50 ${percentile(lags, 50).toFixed(0)} ms)`,
    value: p99,
    unit: 'ms',
    aim: '< 1,000 ms',
    met: p99 < 1_000 && entries.length >= submitted,
  };
}
