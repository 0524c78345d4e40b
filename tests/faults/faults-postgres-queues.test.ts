import { CONTEXTS, eventQueueName } from '@qaztech/contracts';
import { tokenFor } from '../support/app';
import { eventually } from '../support/fixtures';
import { Cluster } from './support/cluster';
import { decideOnMeeting } from './support/commission';
import { FaultInjector } from './support/faults';
import { ledgerAgainstOutboxes, queueStates, stuckRequests, verifyLedgerOffline } from './support/invariants';
import { actors, FAULT_RUN_CLAIM_LEASE_MINUTES, runTraffic, Traffic } from './support/traffic';

jest.setTimeout(600_000);

/**
 * The faults that are not Redis's, with the queues in PostgreSQL (QUEUE_BACKEND=postgres): a
 * service SIGKILLed in the middle of a batch, database sessions cut (the queue role's among
 * them: they are sessions of the same server), and jobs run twice. Redis's own faults (wiped,
 * restarted empty) have no counterpart here: the queues share the database's durability.
 */
describe('faults with the queues in PostgreSQL: nothing lost, nothing doubled', () => {
  let cluster: Cluster;
  let faults: FaultInjector;
  let traffic: Traffic;

  beforeAll(async () => {
    cluster = await Cluster.start(
      { REVIEW_CLAIM_LEASE_MINUTES: String(FAULT_RUN_CLAIM_LEASE_MINUTES), REVIEW_CLAIM_SWEEP_SECONDS: '1', DATABASE_POOL_SIZE: '4' },
      'postgres',
    );
    faults = new FaultInjector(cluster);
  });

  afterAll(async () => {
    await faults?.stop();
    await cluster?.stop();
  });

  async function terminateQueueSessions(): Promise<void> {
    await cluster.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'qaztech_queues' AND datname = current_database()`,
    );
  }

  async function injectFaults(): Promise<void> {
    const pause = (): Promise<void> => faults.pause(2_000);
    await pause();
    await faults.terminateSessions('intake');
    await terminateQueueSessions();
    await pause();
    await faults.whenRowsIn('SELECT count(*)::int AS count FROM audit.inbox');
    await faults.killService('audit', 'the integrator with events waiting in its inbox');
    await pause();
    await faults.whenRowsIn('SELECT count(*)::int AS count FROM intake.outbox WHERE published_at IS NULL');
    await faults.killService('intake', 'its outbox relay with rows to publish');
    await pause();
    await faults.duplicateJobs('audit', 30);
    await faults.duplicateJobs('review', 15);
    await terminateQueueSessions();
    await faults.terminateSessions('review');
    await pause();
    await faults.killService('review', 'its event worker with jobs in hand');
  }

  it('carries 60 requests through killed services, cut sessions and duplicated jobs', async () => {
    const people = await actors('pgfaults');
    const [done, injected] = await Promise.allSettled([
      runTraffic(
        cluster.api,
        { requests: 60, fullEvery: 6, abandonEvery: 10, lanes: 6, claimLeaseMs: FAULT_RUN_CLAIM_LEASE_MINUTES * 60_000 },
        people,
        (requestId) => decideOnMeeting(cluster.api, cluster.dataSource, people, requestId),
      ),
      injectFaults(),
    ]);
    if (injected.status === 'rejected') throw injected.reason;
    if (done.status === 'rejected') throw done.reason;
    traffic = done.value;
    expect(traffic.screened.length + traffic.decided.length).toBe(60);
    await faults.allRecovered();
  });

  it('has every event of every outbox in the ledger exactly once, in source order, and a ledger that verifies', async () => {
    const counts = await eventually(async () => {
      const current = await ledgerAgainstOutboxes(cluster.dataSource);
      return current.every((source) => source.missing === 0) ? current : undefined;
    }, 90_000);
    for (const source of counts) expect(source).toMatchObject({ missing: 0, duplicates: 0, outOfOrder: 0, inLedger: source.events });
    const verified = await verifyLedgerOffline(cluster, await tokenFor({ roles: ['auditor'] }));
    expect(verified.stdout).toMatch(/^OK: the export verifies/);
  });

  it('publishes every decision exactly once', async () => {
    const rows = (await cluster.dataSource.query(
      `SELECT d.id, (SELECT count(*)::int FROM registry.publications p WHERE p.decision_id = d.id AND p.kind = 'decision') AS records
         FROM review.decisions d`,
    )) as { id: string; records: number }[];
    expect(rows).toHaveLength(traffic.decided.length);
    expect(rows.filter((row) => row.records !== 1)).toEqual([]);
  });

  it('leaves no job with a dead worker, nothing waiting and no request stuck', async () => {
    // An event job waiting out its retry's backoff is delayed, neither active nor waiting, and the
    // request it moves is not stuck: wait for the event queues to hold no delayed job either (the
    // deadline queue's delayed jobs are the case's timers, there by design). A job the faults
    // failed six times waits 1 + 2 + … + 32 s before its seventh attempt, hence the budget.
    const eventQueues = new Set(CONTEXTS.map(eventQueueName));
    const states = await eventually(async () => {
      const current = await queueStates(cluster);
      const settled = (state: (typeof current)[number]) =>
        state.active === 0 && state.waiting === 0 && (!eventQueues.has(state.queue) || state.delayed === 0);
      return current.every(settled) ? current : undefined;
    }, 300_000);
    expect(states.filter((state) => state.failed > 0)).toEqual([]);
    expect(await stuckRequests(cluster.dataSource, traffic.screened, traffic.decided)).toEqual([]);
  });
});
