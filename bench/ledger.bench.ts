import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { exportLedger, parseNdjson, toNdjson } from '@qaztech/audit';
import { systemClock } from '@qaztech/platform';
import { appendBatch } from '../libs/audit/src/ingestion/append-batch';
import { AuditOutbox } from '../libs/audit/src/shared/audit-outbox';
import { CheckpointKeys } from '../libs/audit/src/signing/checkpoint-keys';
import { BenchContext } from './context';
import { perOperation } from './cpu';
import { load, MeasuredLoad, settledLoad } from './http.bench';
import { LoadSpec } from './load';
import { DIST, ServerProcess } from './processes';
import { Figure, progress, timed } from './support';
import { BenchSystem } from './system';

export interface LedgerBenchSizes {
  integrationEvents: number;
  ledgerEntries: number;
  readSeconds: number;
  warmupSeconds: number;
}

export const FULL: LedgerBenchSizes = {
  integrationEvents: 200_000,
  ledgerEntries: 1_000_000,
  readSeconds: 10,
  warmupSeconds: 3,
};
export const QUICK: LedgerBenchSizes = { integrationEvents: 10_000, ledgerEntries: 20_000, readSeconds: 2, warmupSeconds: 1 };

const SYNTHETIC_SOURCE = 'bench';
const EVENTS_PER_REQUEST = 10;

/**
 * Fills the ledger's inbox with synthetic events in the real schema: ten steps for each of a
 * set of requests, with a payload the size of a real edit. Sequences continue from `after`.
 */
async function fillInbox(dataSource: DataSource, after: number, count: number): Promise<void> {
  // As the ledger's consumer does on a source's first event: the integrator reads sources from here.
  await dataSource.query('INSERT INTO audit.source_progress (source) VALUES ($1) ON CONFLICT DO NOTHING', [SYNTHETIC_SOURCE]);
  for (let start = after + 1; start <= after + count; start += 50_000) {
    const end = Math.min(after + count, start + 49_999);
    await dataSource.query(
      `INSERT INTO audit.inbox (event_id, source, source_sequence, envelope)
       SELECT id, $3, s, jsonb_build_object(
         'id', id, 'type', 'request.updated.v1', 'source', $3::text, 'sequence', s,
         'occurredAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'aggregateId', md5('request-' || (s / $4))::uuid,
         'actor', jsonb_build_object('id', 'user-' || (s % 97), 'role', 'agency.submitter', 'name', 'Айгерим Садыкова',
                                     'agencyBin', '940140000385'),
         'correlationId', md5(s::text)::uuid,
         'payload', jsonb_build_object('requestId', md5('request-' || (s / $4))::uuid, 'version', 1,
                                       'changedSections', jsonb_build_array('system', 'budget'),
                                       'content', jsonb_build_object('system', jsonb_build_object(
                                          'titleRu', 'Система учёта сведений № ' || s, 'titleKk', 'Есеп жүйесі № ' || s,
                                          'purpose', repeat('Учёт и контроль доступа. ', 6)),
                                          'budget', jsonb_build_object('amountKzt', '1250000000.00', 'fundingSource', 'republican_budget'))))
         FROM (SELECT s, gen_random_uuid() AS id FROM generate_series($1::bigint, $2::bigint) s) g`,
      [start, end, SYNTHETIC_SOURCE, EVENTS_PER_REQUEST],
    );
  }
}

/** Synthetic events include no publications, so nothing is written through it. */
const LEDGER_OUTBOX = new AuditOutbox(systemClock);

/** Appends until the inbox is empty; with `total`, reports progress every 100,000 entries. */
async function drainInbox(dataSource: DataSource, origin: string, keys: CheckpointKeys, total?: number) {
  let appended = 0;
  let reported = 0;
  for (;;) {
    const result = await dataSource.transaction((manager) => appendBatch(manager, origin, keys, 1_000, LEDGER_OUTBOX));
    if (result.appended === 0) {
      const [left] = (await dataSource.query('SELECT count(*)::int AS count FROM audit.inbox')) as { count: number }[];
      if ((left?.count ?? 0) > 0) throw new Error(`${left?.count} events stayed in the inbox: the benchmark would measure nothing`);
      return;
    }
    appended += result.appended;
    if (total !== undefined && appended - reported >= 100_000) {
      progress(`ledger: ${appended} / ${total} appended`);
      reported = appended;
    }
  }
}

/** The same rows as plain batched INSERTs, no hashing, no tiles, no signing: the floor. */
async function plainInsertRate(dataSource: DataSource, count: number): Promise<number> {
  await dataSource.query('CREATE TEMP TABLE plain_entries (LIKE audit.entries INCLUDING DEFAULTS)');
  await dataSource.query('CREATE TEMP TABLE plain_payloads (index bigint, salt bytea, document jsonb)');
  const { ms } = await timed(async () => {
    for (let start = 0; start < count; start += 1_000) {
      await dataSource.transaction(async (manager) => {
        const rows = (await manager.query(
          `SELECT source_sequence, envelope FROM audit.inbox WHERE source = $1 AND source_sequence > $2 ORDER BY source_sequence LIMIT 1000`,
          [SYNTHETIC_SOURCE, start],
        )) as { source_sequence: string; envelope: { id: string; payload: unknown; occurredAt: string } }[];
        await manager.query(
          `INSERT INTO plain_entries (index, event_id, leaf, leaf_hash, event_type, source, source_sequence, actor_id, actor_role, occurred_at)
           SELECT i, e, convert_to(e::text, 'UTF8'), decode(md5(e::text) || md5(e::text), 'hex'), 'request.updated.v1', 'bench', i, 'u', 'r', o
             FROM unnest($1::bigint[], $2::uuid[], $3::timestamptz[]) AS t(i, e, o)`,
          [rows.map((row) => Number(row.source_sequence)), rows.map((row) => row.envelope.id), rows.map((row) => row.envelope.occurredAt)],
        );
        await manager.query(
          `INSERT INTO plain_payloads (index, salt, document) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::jsonb[])`,
          [
            rows.map((row) => Number(row.source_sequence)),
            rows.map(() => Buffer.alloc(32)),
            rows.map((row) => JSON.stringify(row.envelope.payload)),
          ],
        );
      });
    }
  });
  await dataSource.query('DROP TABLE plain_entries, plain_payloads');
  return count / (ms / 1000);
}

async function integration(system: BenchSystem, sizes: LedgerBenchSizes): Promise<Figure> {
  const { dataSource, origin, keys } = system;
  progress(`ledger integration: filling the inbox with ${sizes.integrationEvents} events`);
  await fillInbox(dataSource, 0, sizes.integrationEvents);
  const baseline = await plainInsertRate(dataSource, sizes.integrationEvents);
  progress('ledger integration: appending');
  const { ms } = await timed(() => drainInbox(dataSource, origin, keys, sizes.integrationEvents));
  const rate = sizes.integrationEvents / (ms / 1000);
  return {
    name: 'ledger integration',
    value: rate,
    unit: 'events/s',
    baseline: { name: 'plain batched INSERT', value: baseline },
    aim: '≥ 5,000 events/s',
    met: rate >= 5_000,
  };
}

/** Appends synthetic entries, through the real appender, until the ledger holds `ledgerEntries`. */
async function fillLedger(system: BenchSystem, sizes: LedgerBenchSizes): Promise<void> {
  const { dataSource, origin, keys } = system;
  const [head] = (await dataSource.query('SELECT integrated_through FROM audit.source_progress WHERE source = $1', [SYNTHETIC_SOURCE])) as {
    integrated_through: string;
  }[];
  const have = Number(head?.integrated_through ?? 0);
  const missing = Math.max(0, sizes.ledgerEntries - have);
  progress(`ledger of ${sizes.ledgerEntries} entries: appending ${missing} more`);
  for (let done = 0; done < missing; done += 100_000) {
    await fillInbox(dataSource, have + done, Math.min(100_000, missing - done));
    await drainInbox(dataSource, origin, keys);
    progress(`ledger: ${have + Math.min(missing, done + 100_000)} synthetic entries`);
  }
  // A bulk load outruns autovacuum: without statistics the planner takes the history's ten rows
  // for a thousand and plans a parallel scan, and the vacuum that a million new rows call for
  // would run under whichever figure came next. A ledger that grew over months has had both.
  await dataSource.query('VACUUM (ANALYZE) audit.entries, audit.payloads, audit.tiles, audit.checkpoints, audit.inbox');
}

/**
 * History and proof latency, read over HTTP by the load generator's process from the standalone
 * process, one request at a time: the latency of a read, not of a queue in front of it.
 */
export async function ledgerReads(context: BenchContext, server: ServerProcess, sizes: LedgerBenchSizes): Promise<Figure[]> {
  const { rows } = await context.pool.query('SELECT size FROM audit.log_head');
  const entries = Number((rows[0] as { size: string } | undefined)?.size ?? 0);
  const requests = Math.floor(sizes.ledgerEntries / EVENTS_PER_REQUEST);
  const spec = (paths: string[], durationSeconds = sizes.readSeconds): LoadSpec => ({
    baseUrl: server.baseUrl,
    connections: 1,
    durationSeconds,
    token: context.auditorToken,
    paths,
  });
  const randomRequests = async () =>
    (
      await context.pool.query(
        `SELECT md5('request-' || n)::uuid AS id FROM (SELECT (random() * $1)::bigint AS n FROM generate_series(1, $2)) r`,
        [requests - 1, 1_000],
      )
    ).rows.map((row: { id: string }) => `/audit/requests/${row.id}/history`);
  const randomProofs = () =>
    Array.from({ length: 1_000 }, () => `/audit/proof/inclusion?index=${Math.floor(Math.random() * (entries - 1))}`);
  progress(`queries on a ledger of ${entries} entries: warming up`);
  // Compiled code paths and warm connections, as in a process that has served for a while; on
  // other random requests and entries than the measured ones, so that few tiles are cached.
  await load(spec(await randomRequests(), sizes.warmupSeconds));
  await load(spec(randomProofs(), sizes.warmupSeconds));
  const historyPaths = await randomRequests();
  const proofPaths = randomProofs();
  const health = await settledLoad(context, spec(['/health']), server);
  const history = await settledLoad(context, spec(historyPaths), server);
  const proof = await settledLoad(context, spec(proofPaths), server);
  const cpuPer = (result: MeasuredLoad) => result.cpu && perOperation(result.cpu, result.requests);
  const row = (name: string, result: MeasuredLoad): Figure => ({
    name: `${name} p99 (p50 ${result.p50} ms; ${entries} entries)`,
    value: result.p99,
    unit: 'ms',
    baseline: { name: `GET /health p99 (p50 ${health.p50} ms)`, value: health.p99 },
    aim: '< 10 ms',
    met: result.p99 < 10,
    // A read's whole cost: the access record it writes goes on through relay, consumer and ledger.
    cpu: { per: 'read (baseline: GET /health)', system: cpuPer(result), baseline: cpuPer(health) },
  });
  return [row('request history', history), row('inclusion proof', proof)];
}

/** SHA-256 of every leaf of the export, one after another on one thread: the floor of verification. */
async function hashLeavesRate(file: string): Promise<{ entries: number; rate: number }> {
  const leaves: Buffer[] = [];
  for await (const record of parseNdjson(createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity }))) {
    const entry = record as { kind: string; leaf?: string };
    if (entry.kind === 'entry' && entry.leaf) leaves.push(Buffer.from(entry.leaf, 'base64'));
  }
  const { ms } = await timed(async () => {
    for (const leaf of leaves) createHash('sha256').update(leaf).digest();
  });
  return { entries: leaves.length, rate: leaves.length / (ms / 1000) };
}

/**
 * `npm run ledger -- verify` itself, as a process of its own (its worker threads on every core),
 * timed from its start to its exit: what an auditor waits for.
 */
async function verifyWithCommand(file: string, keysFile: string): Promise<{ entries: number; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(DIST, 'tools/ledger.js'), 'verify', '--export', file, '--key', `@${keysFile}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`the bench ledger does not verify (exit ${code}):\n${stdout}${stderr}`);
  const entries = Number(/^(\d+) entries checked/m.exec(stdout)?.[1] ?? Number.NaN);
  return { entries, ms };
}

async function verification(system: BenchSystem): Promise<Figure> {
  const file = join(tmpdir(), `qtx-bench-export-${process.pid}.ndjson`);
  const keysFile = join(tmpdir(), `qtx-bench-keys-${process.pid}.txt`);
  try {
    progress('offline verification: exporting');
    await pipeline(Readable.from(toNdjson(exportLedger(system.dataSource.manager, system.origin))), createWriteStream(file));
    await writeFile(keysFile, `${system.keys.publishedVerifierKeys.join('\n')}\n`);
    // The export leaves gigabytes to write back, in Postgres and in the file: flushed first, not
    // under the command.
    await system.dataSource.query('CHECKPOINT');
    const written = await open(file, 'r');
    await written.sync();
    await written.close();
    progress('offline verification: `npm run ledger -- verify`');
    const { entries, ms } = await verifyWithCommand(file, keysFile);
    // After the command: the million leaves it holds would keep the collector busy beside it.
    const hashing = await hashLeavesRate(file);
    const rate = entries / (ms / 1000);
    return {
      name: 'offline verification (`npm run ledger -- verify`, start to exit)',
      value: rate,
      unit: 'entries/s',
      baseline: { name: 'SHA-256 of the same leaves', value: hashing.rate },
      aim: '≥ 100,000 entries/s',
      met: rate >= 100_000,
    };
  } finally {
    await rm(file, { force: true });
    await rm(keysFile, { force: true });
  }
}

/** The figures that drive the ledger's internals, in the benchmark's own process, with no HTTP load. */
export async function benchLedger(
  system: BenchSystem,
  sizes: LedgerBenchSizes,
  measure: { integration: boolean; verification: boolean; reads: boolean },
): Promise<Figure[]> {
  // The integrator of the running system would compete for the same rows: pause it while the
  // benchmark appends on its own and measures.
  await system.pauseIntegrator();
  try {
    const figures: Figure[] = [];
    if (measure.integration) figures.push(await integration(system, sizes));
    // The reads measured later in the standalone process need the grown ledger too; growing it
    // takes most of a full run, so only a figure that reads it pays for it.
    if (measure.verification || measure.reads) await fillLedger(system, sizes);
    if (measure.verification) figures.push(await verification(system));
    return figures;
  } finally {
    await system.resumeIntegrator();
  }
}
