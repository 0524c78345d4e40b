import { ContextName, eventQueueName } from '@qaztech/contracts';
import { WebhookReceiver } from '../../support/webhooks';
import { Cluster } from './cluster';

export type FaultKind = 'redis_wiped' | 'db_sessions_terminated' | 'service_killed' | 'job_duplicated' | 'subscriber_down';

export interface FaultRecord {
  kind: FaultKind;
  target: string;
  detail: string;
  /** From the end of the fault until every event written before it was in the ledger. */
  recoveredInMs?: number;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Injects faults into a running cluster and keeps the record of what it did. */
export class FaultInjector {
  readonly log: FaultRecord[] = [];
  private readonly recoveries: Promise<void>[] = [];
  private stopped = false;

  constructor(private readonly cluster: Cluster) {}

  /** Lets the traffic run between two faults. */
  async pause(ms: number): Promise<void> {
    await sleep(ms);
  }

  /** Waits, at most a few seconds, for a moment when `busy` holds, so the next fault hits work in hand. */
  async whenBusy(busy: () => Promise<boolean>): Promise<void> {
    for (let attempt = 0; attempt < 50 && !(await busy()); attempt += 1) await sleep(100);
  }

  /** Waits for rows that `sql` (a `SELECT count(*)::int AS count ...`) counts, as `whenBusy` does. */
  async whenRowsIn(sql: string): Promise<void> {
    await this.whenBusy(async () => (await this.cluster.count(sql)) > 0);
  }

  /** Redis killed and started again with nothing in it: every queued job is gone. */
  async wipeRedis(downMs = 300): Promise<void> {
    const redis = this.cluster.redis;
    if (!redis) throw new Error('the cluster keeps its queues in PostgreSQL: there is no Redis to wipe');
    await redis.kill();
    await sleep(downMs);
    await redis.restart();
    this.recorded({ kind: 'redis_wiped', target: 'redis', detail: `down ${downMs} ms, restarted empty` });
  }

  /**
   * Ends the service's database sessions that are inside a statement or a transaction, as a
   * failover or an administrator would. Tries for a while to catch one busy.
   */
  async terminateSessions(service: ContextName): Promise<void> {
    let ended = 0;
    for (let attempt = 0; attempt < 100 && ended === 0; attempt += 1) {
      const rows = (await this.cluster.dataSource.query(
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
          WHERE application_name = $1 AND state IN ('active', 'idle in transaction')`,
        [`qaztech-${service}`],
      )) as { ended: boolean }[];
      ended = rows.filter((row) => row.ended).length;
      if (ended === 0) await sleep(20);
    }
    this.recorded({ kind: 'db_sessions_terminated', target: service, detail: `${ended} busy session(s) ended` });
  }

  /** SIGKILL: no shutdown, jobs in hand left active with their locks, then the service again. */
  async killService(service: ContextName, why: string): Promise<void> {
    const process = this.cluster.service(service);
    await process.stop('SIGKILL');
    await process.restart();
    this.recorded({ kind: 'service_killed', target: service, detail: why });
  }

  /** The subscriber's server closed for a while (deliveries are refused), then open again. */
  async subscriberDown(receiver: WebhookReceiver, downMs: number): Promise<void> {
    await receiver.close();
    await sleep(downMs);
    await receiver.reopen();
    this.recorded({ kind: 'subscriber_down', target: 'webhook subscriber', detail: `closed ${downMs} ms` });
  }

  /** The same events delivered again: copies of jobs a queue already completed, under new ids. */
  async duplicateJobs(consumer: ContextName, count: number): Promise<number> {
    // The copies keep their ids, so a try repeated after a refusal adds each copy once.
    const copied = await this.cluster.withQueue(eventQueueName(consumer), async (queue) => {
      const done = await queue.getJobs(['completed'], 0, count - 1);
      await queue.addBulk(done.map((job) => ({ name: job.name, data: job.data, opts: { jobId: `${job.id}-again`, attempts: 3 } })));
      return done.length;
    });
    this.recorded({ kind: 'job_duplicated', target: consumer, detail: `${copied} completed job(s) enqueued again` });
    return copied;
  }

  recorded(fault: FaultRecord): void {
    this.log.push(fault);
    this.recoveries.push(this.timeRecovery(fault));
  }

  async allRecovered(): Promise<void> {
    await Promise.all(this.recoveries);
  }

  /** Stops timing recoveries still open (after a failure), so nothing outlives the suite. */
  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.recoveries);
  }

  /** Waits until every event any outbox held when the fault ended is in the ledger. */
  private async timeRecovery(fault: FaultRecord): Promise<void> {
    const started = Date.now();
    const marks = await this.outboxMarks();
    for (;;) {
      if ((await this.missingFromLedger(marks)) === 0) {
        fault.recoveredInMs = Date.now() - started;
        return;
      }
      if (this.stopped || Date.now() - started > 180_000) return;
      await sleep(100);
    }
  }

  private async outboxMarks(): Promise<Record<string, number>> {
    const marks: Record<string, number> = {};
    for (const source of ['intake', 'review', 'registry', 'audit']) {
      const [row] = (await this.cluster.dataSource.query(`SELECT coalesce(max(position), 0) AS mark FROM ${source}.outbox`)) as {
        mark: string;
      }[];
      marks[source] = Number(row?.mark ?? 0);
    }
    return marks;
  }

  private async missingFromLedger(marks: Record<string, number>): Promise<number> {
    let missing = 0;
    for (const [source, mark] of Object.entries(marks)) {
      const [row] = (await this.cluster.dataSource.query(
        `SELECT count(*)::int AS missing FROM ${source}.outbox o
          WHERE o.position <= $1 AND NOT EXISTS (SELECT 1 FROM audit.entries e WHERE e.event_id = o.event_id)`,
        [mark],
      )) as { missing: number }[];
      missing += row?.missing ?? 0;
    }
    return missing;
  }
}
