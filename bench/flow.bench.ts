import { CONTEXTS } from '@qaztech/contracts';
import { BenchContext } from './context';
import { describeCpu, perOperation, startCpuCount } from './cpu';
import { runJsonChild, ServerProcess, SYSTEM_CORE } from './processes';
import { Figure, percentile, progress, sortNumbers } from './support';
import { syntheticEnvelope } from './synthetic-event';

export interface FlowBenchSizes {
  deliveryEvents: number;
  lagSeconds: number;
  /** Events committed per second. */
  lagRate: number;
}

export const FLOW_FULL: FlowBenchSizes = { deliveryEvents: 50_000, lagSeconds: 60, lagRate: 200 };
export const FLOW_QUICK: FlowBenchSizes = { deliveryEvents: 2_000, lagSeconds: 5, lagRate: 100 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function processedByAudit(context: BenchContext): Promise<number> {
  const { rows } = await context.pool.query(
    `SELECT count(*)::int AS n FROM audit.processed_events WHERE event_type = 'request.created.v1'`,
  );
  return (rows[0] as { n: number }).n;
}

/** Commits `count` events to intake's outbox in one transaction, as writers would, and wakes the relay. */
export async function commitToOutbox(context: BenchContext, count: number): Promise<void> {
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
export async function delivery(context: BenchContext, sizes: FlowBenchSizes, server: ServerProcess): Promise<Figure> {
  const count = sizes.deliveryEvents;
  const before = await processedByAudit(context);
  progress(`event delivery: committing ${count} events to the intake outbox`);
  await commitToOutbox(context, count);
  const stopCounting = startCpuCount(server.child.pid);
  const started = performance.now();
  let seen = before;
  while (seen < before + count) {
    if (performance.now() - started > 15 * 60_000) throw new Error(`event delivery: ${seen - before} of ${count} after 15 minutes`);
    await sleep(100);
    seen = await processedByAudit(context);
  }
  const rate = count / ((performance.now() - started) / 1000);
  // What the events set off after their delivery (the ledger appending them) is part of their cost.
  await settle(context);
  const systemCpu = stopCounting();
  progress(
    `event delivery: ${rate.toFixed(0)} events/s, per event ${describeCpu(systemCpu && perOperation(systemCpu, count))}; raw BullMQ next`,
  );
  const stopCountingRaw = startCpuCount(undefined);
  const raw = await runJsonChild<{ seconds: number; cpuMs: number }>(SYSTEM_CORE, 'bench/raw-queue.js', {
    count,
    redisUrl: context.config.REDIS_URL,
    prefix: context.config.QUEUE_PREFIX,
    concurrency: context.config.EVENT_CONSUMER_CONCURRENCY,
  });
  const rawServers = stopCountingRaw();
  const rawCpu = rawServers && { ...rawServers, process: raw.cpuMs };
  const baseline = count / raw.seconds;
  progress(`raw BullMQ: ${baseline.toFixed(0)} events/s, per event ${describeCpu(rawCpu && perOperation(rawCpu, count))}`);
  return {
    cpu: {
      per: 'event',
      system: systemCpu && perOperation(systemCpu, count),
      baseline: rawCpu && perOperation(rawCpu, count),
    },
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
 * Events committed to intake's outbox at a steady rate, each in its own statement as a writer
 * commits it, from the benchmark's process; each travels relay → BullMQ → ledger consumer →
 * integrator, and its lag is from its commit to the first signed checkpoint seen to include it.
 */
export async function commitToCheckpoint(context: BenchContext, sizes: FlowBenchSizes): Promise<Figure> {
  const watcher = watchCheckpoints(context);
  const committed = new Map<string, number>();
  const total = sizes.lagSeconds * sizes.lagRate;
  progress(`commit → checkpoint: ${total} events at ${sizes.lagRate}/s`);
  const started = performance.now();
  const writes: Promise<void>[] = [];
  for (let sent = 0; sent < total; sent += 1) {
    const wait = started + (sent * 1000) / sizes.lagRate - performance.now();
    if (wait > 0) await sleep(wait);
    const event = syntheticEnvelope(sent);
    writes.push(
      context.pool
        .query(
          `WITH written AS (INSERT INTO intake.outbox (event_id, event_type, aggregate_id, envelope) VALUES ($1, $2, $3, $4) RETURNING 1)
           SELECT pg_notify('outbox_intake', '') FROM written`,
          [event.id, event.type, event.aggregateId, JSON.stringify(event)],
        )
        .then(() => void committed.set(event.id, Date.now())),
    );
  }
  await Promise.all(writes);
  const ids = [...committed.keys()];
  const indexes = await waitForEntries(context, ids);
  const last = Math.max(...indexes.values());
  while (!watcher.seen.some((seen) => seen.size > last)) await sleep(20);
  await watcher.stop();
  const lags = sortNumbers(ids.map((id) => watcher.seen.find((seen) => seen.size > indexes.get(id)!)!.at - committed.get(id)!));
  const p99 = percentile(lags, 99);
  progress(`commit → checkpoint: p50 ${percentile(lags, 50).toFixed(0)} ms, p99 ${p99.toFixed(0)} ms`);
  return {
    name: `commit → signed checkpoint p99 (${sizes.lagRate} events/s for ${sizes.lagSeconds} s; p50 ${percentile(lags, 50).toFixed(0)} ms)`,
    value: p99,
    unit: 'ms',
    aim: '< 1,000 ms',
    met: p99 < 1_000,
  };
}

async function waitForEntries(context: BenchContext, ids: readonly string[]): Promise<Map<string, number>> {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { rows } = await context.pool.query('SELECT event_id, index FROM audit.entries WHERE event_id = ANY($1::uuid[])', [ids]);
    if (rows.length === ids.length)
      return new Map(rows.map((row: { event_id: string; index: string }) => [row.event_id, Number(row.index)]));
    if (Date.now() > deadline)
      throw new Error(`commit → checkpoint: ${rows.length} of ${ids.length} events reached the ledger in 5 minutes`);
    await sleep(50);
  }
}

/**
 * Rows the system still has to move: every context's unpublished outbox rows (named from the
 * context list, so a context added later is waited for too) and the ledger's inbox.
 */
const SYSTEM_BACKLOG = `SELECT ${CONTEXTS.map((name) => `(SELECT count(*) FROM ${name}.outbox WHERE published_at IS NULL)`).join(
  '\n            + ',
)}
            + (SELECT count(*) FROM audit.inbox) AS busy`;

/**
 * Waits until the system has nothing in flight: every outbox published, the ledger's inbox empty
 * and no event job waiting or running, so that one figure's backlog (or the system's while its
 * baseline runs on the same core) is not charged to the next.
 */
export async function settle(context: BenchContext): Promise<void> {
  const started = Date.now();
  for (let quietSince = Date.now(); ;) {
    const { rows } = await context.pool.query(SYSTEM_BACKLOG);
    const jobs = await context.jobsInFlight();
    const busy = Number((rows[0] as { busy: string }).busy) + jobs;
    if (busy > 0) quietSince = Date.now();
    if (busy > 0 && Date.now() - started > 30_000 && (Date.now() - started) % 15_000 < 100) {
      progress(`not settled yet: ${busy - jobs} rows in outboxes and the ledger's inbox, ${jobs} event jobs in flight`);
    }
    if (Date.now() - quietSince >= 1_000) break;
    if (Date.now() - started > 300_000) throw new Error('the system did not settle in 5 minutes');
    await sleep(100);
  }
  progress(`settled in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
