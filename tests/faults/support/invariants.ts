import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { CONTEXTS, eventQueueName } from '@qaztech/contracts';
import { WEBHOOK_DELIVERY_QUEUE } from '@qaztech/registry';
import { DEADLINE_QUEUE } from '@qaztech/review';
import { main as ledgerCommand } from '../../../tools/ledger-command';
import { Cluster } from './cluster';

export interface SourceCount {
  source: string;
  events: number;
  inLedger: number;
  missing: number;
  duplicates: number;
  outOfOrder: number;
}

/** Per source: outbox events, and how the ledger holds them (once each, in sequence order). */
export async function ledgerAgainstOutboxes(dataSource: DataSource): Promise<SourceCount[]> {
  const counts: SourceCount[] = [];
  for (const source of CONTEXTS) {
    const [row] = (await dataSource.query(
      `WITH ledger AS (SELECT event_id, source_sequence, index FROM audit.entries WHERE source = $1)
       SELECT (SELECT count(*)::int FROM ${source}.outbox) AS events,
              (SELECT count(*)::int FROM ledger) AS in_ledger,
              (SELECT count(*)::int FROM ${source}.outbox o WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.event_id = o.event_id)) AS missing,
              (SELECT count(*)::int - count(DISTINCT event_id)::int FROM ledger) AS duplicates,
              (SELECT count(*)::int FROM (SELECT source_sequence - lag(source_sequence) OVER (ORDER BY index) AS step FROM ledger) s
                WHERE s.step IS DISTINCT FROM 1 AND s.step IS NOT NULL) AS out_of_order`,
      [source],
    )) as { events: number; in_ledger: number; missing: number; duplicates: number; out_of_order: number }[];
    counts.push({
      source,
      events: row!.events,
      inLedger: row!.in_ledger,
      missing: row!.missing,
      duplicates: row!.duplicates,
      outOfOrder: row!.out_of_order,
    });
  }
  return counts;
}

/** The ledger exported from the database and verified offline, as an outside auditor would. */
export async function verifyLedgerOffline(cluster: Cluster, auditorToken: string): Promise<{ status: number; stdout: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'faults-ledger-'));
  const saved = process.env.DATABASE_URL;
  try {
    const key = await cluster.api<string>('GET', '/audit/log/key', { token: auditorToken });
    await writeFile(join(directory, 'ledger.key'), key.body);
    process.env.DATABASE_URL = cluster.database.url;
    const io = { stdin: new PassThrough(), stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true } };
    let out = '';
    const exported = await ledgerCommand(['export', '--out', join(directory, 'ledger.ndjson')], io);
    if (exported !== 0) return { status: exported, stdout: 'export failed' };
    out = '';
    const status = await ledgerCommand(
      ['verify', '--export', join(directory, 'ledger.ndjson'), '--key', `@${join(directory, 'ledger.key')}`],
      io,
    );
    return { status, stdout: out };
  } finally {
    process.env.DATABASE_URL = saved;
    await rm(directory, { recursive: true, force: true });
  }
}

export interface QueueState {
  queue: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
}

/** The job counts of every event queue, the delivery queue and the timers. */
export async function queueStates(cluster: Cluster): Promise<QueueState[]> {
  const states: QueueState[] = [];
  for (const name of [...CONTEXTS.map(eventQueueName), WEBHOOK_DELIVERY_QUEUE, DEADLINE_QUEUE]) {
    const counts = await cluster.withQueue(name, (queue) =>
      queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'),
    );
    states.push({
      queue: name,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      completed: counts.completed ?? 0,
    });
  }
  return states;
}

/** Requests whose state promises work that nobody has: no live task, no event under way. */
export async function stuckRequests(dataSource: DataSource, screened: string[], decided: string[]): Promise<string[]> {
  const rows = (await dataSource.query(
    `SELECT r.id, r.status AS intake, v.status AS review,
            (SELECT count(*)::int FROM review.tasks t WHERE t.request_id = r.id AND t.status IN ('open', 'claimed')) AS live_tasks,
            (SELECT count(*)::int FROM registry.publications p JOIN review.decisions d ON d.id = p.decision_id WHERE d.request_id = r.id) AS publications
       FROM intake.requests r LEFT JOIN review.requests v ON v.id = r.id WHERE r.id = ANY($1::uuid[])`,
    [[...screened, ...decided]],
  )) as { id: string; intake: string; review: string | null; live_tasks: number; publications: number }[];
  const wanted = new Set(decided);
  return rows
    .filter((row) =>
      wanted.has(row.id)
        ? row.intake !== 'decided' || row.review !== 'decided' || row.publications !== 1
        : row.intake !== 'expert_review' || row.review !== 'expert_review' || row.live_tasks !== 3,
    )
    .map(
      (row) => `${row.id}: intake ${row.intake}, review ${row.review}, ${row.live_tasks} live task(s), ${row.publications} publication(s)`,
    );
}
