import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tokenFor } from '../support/app';
import { eventually } from '../support/fixtures';
import { signatureMatches, subscribe, WebhookReceiver } from '../support/webhooks';
import { Cluster } from './support/cluster';
import { decideOnMeeting } from './support/commission';
import { FaultInjector } from './support/faults';
import { ledgerAgainstOutboxes, queueStates, stuckRequests, verifyLedgerOffline } from './support/invariants';
import { report } from './support/report';
import { actors, FAULT_RUN_CLAIM_LEASE_MINUTES, runTraffic, Traffic } from './support/traffic';

// Generous: on a shared two-core machine the stream alone can take minutes. The figures, not the
// time limit, say how long recovery took.
jest.setTimeout(600_000);

/**
 * Nothing lost, nothing doubled: a stream of requests through every context while Redis is
 * wiped, database sessions are cut, services are SIGKILLed and jobs run twice; afterwards every
 * event is in the ledger once and in order, the ledger verifies, every decision is published
 * once, no job is held by a dead worker, no task is held forever and no request is stuck.
 */
describe('faults: nothing lost, nothing doubled', () => {
  let cluster: Cluster;
  let faults: FaultInjector;
  let traffic: Traffic;
  let receiver: WebhookReceiver;
  let subscription: { id: string; secret: string };
  const started = Date.now();

  beforeAll(async () => {
    cluster = await Cluster.start({
      REVIEW_CLAIM_LEASE_MINUTES: String(FAULT_RUN_CLAIM_LEASE_MINUTES),
      REVIEW_CLAIM_SWEEP_SECONDS: '1',
      DATABASE_POOL_SIZE: '6',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_WINDOW_MS: '600000',
      WEBHOOK_TIMEOUT_MS: '2000',
      WEBHOOK_SWEEP_MS: '1000',
    });
    faults = new FaultInjector(cluster);
    receiver = await WebhookReceiver.start();
    subscription = await subscribe(cluster.api, await tokenFor({ roles: ['admin'] }), receiver.url, 'Faults subscriber');
  });

  afterAll(async () => {
    await faults?.stop();
    await cluster?.stop();
    await receiver?.close().catch(() => undefined);
  });

  async function injectFaults(): Promise<void> {
    const pause = (): Promise<void> => faults.pause(2_500);
    await pause();
    await faults.wipeRedis();
    await pause();
    await faults.terminateSessions('intake');
    await pause();
    await faults.whenRowsIn('SELECT count(*)::int AS count FROM audit.inbox');
    await faults.killService('audit', 'the integrator with events waiting in its inbox');
    await pause();
    await faults.terminateSessions('review');
    await pause();
    await faults.wipeRedis();
    await pause();
    await faults.whenRowsIn('SELECT count(*)::int AS count FROM intake.outbox WHERE published_at IS NULL');
    await faults.killService('intake', 'its outbox relay with rows to publish');
    await pause();
    await faults.duplicateJobs('audit', 40);
    await faults.duplicateJobs('review', 20);
    await faults.duplicateJobs('intake', 20);
    await pause();
    await faults.terminateSessions('audit');
    await faults.subscriberDown(receiver, 4_000);
    await pause();
    await faults.whenRowsIn("SELECT count(*)::int AS count FROM registry.webhook_deliveries WHERE status = 'pending'");
    await faults.killService('registry', 'delivering webhooks');
    await pause();
    await faults.terminateSessions('registry');
    await pause();
    await faults.wipeRedis();
  }

  it('carries 200 requests through faults of every kind', async () => {
    const people = await actors('faults');
    // Both run to their end before anything is judged: faults must not spill into the checks.
    const [done, injected] = await Promise.allSettled([
      runTraffic(
        cluster.api,
        { requests: 200, fullEvery: 8, abandonEvery: 10, lanes: 8, claimLeaseMs: FAULT_RUN_CLAIM_LEASE_MINUTES * 60_000 },
        people,
        (requestId) => decideOnMeeting(cluster.api, cluster.dataSource, people, requestId),
      ),
      injectFaults(),
    ]);
    if (injected.status === 'rejected') throw injected.reason;
    if (done.status === 'rejected') throw done.reason;
    traffic = done.value;
    expect(traffic.screened.length + traffic.decided.length).toBe(200);
    expect(traffic.decided.length).toBeGreaterThanOrEqual(20);
    await faults.allRecovered();
  });

  it('has every event of every outbox in the ledger exactly once, in source order', async () => {
    const counts = await eventually(async () => {
      const current = await ledgerAgainstOutboxes(cluster.dataSource);
      return current.every((source) => source.missing === 0) ? current : undefined;
    }, 90_000);
    for (const source of counts) expect(source).toMatchObject({ missing: 0, duplicates: 0, outOfOrder: 0, inLedger: source.events });
  });

  it('has a ledger that verifies offline', async () => {
    const verified = await verifyLedgerOffline(cluster, await tokenFor({ roles: ['auditor'] }));
    expect(verified.stdout).toMatch(/^OK: the export verifies/);
    expect(verified.status).toBe(0);
  });

  it('publishes every decision exactly once', async () => {
    const rows = (await cluster.dataSource.query(
      `SELECT d.id, (SELECT count(*)::int FROM registry.publications p WHERE p.decision_id = d.id AND p.kind = 'decision') AS records,
              (SELECT count(*)::int FROM registry.outbox o WHERE o.event_type = 'decision.published.v2'
                  AND o.envelope->'payload'->>'decisionId' = d.id::text) AS announcements
         FROM review.decisions d`,
    )) as { id: string; records: number; announcements: number }[];
    expect(rows).toHaveLength(traffic.decided.length);
    expect(rows.filter((row) => row.records !== 1 || row.announcements !== 1)).toEqual([]);
  });

  // What docs/register.md promises a subscriber: every record at least once (twice when a 2xx answer was
  // lost, as a SIGKILL mid-delivery or a late answer makes it), signed, in the register's order,
  // and under one delivery id and one publication id per record, so the subscriber can drop copies.
  it('delivers every publication to the subscriber at least once, signed, in order, each copy under one delivery id', async () => {
    const published = (await cluster.dataSource.query('SELECT id, sequence FROM registry.publications ORDER BY sequence')) as {
      id: string;
      sequence: string;
    }[];
    const accepted = await eventually(async () => {
      const ids = new Set(receiver.accepted().map((delivery) => delivery.body.publicationId));
      return published.every((row) => ids.has(row.id)) ? receiver.accepted() : undefined;
    }, 120_000);
    expect(new Set(accepted.map((delivery) => delivery.body.publicationId))).toEqual(new Set(published.map((row) => row.id)));
    expect(receiver.received.filter((delivery) => !signatureMatches(delivery, subscription.secret))).toEqual([]);

    const sequences = receiver.received.map((delivery) => delivery.body.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    for (const delivery of receiver.received) expect(delivery.headers['x-qaztech-sequence']).toBe(String(delivery.body.sequence));

    const copies = new Map<string, { deliveryIds: Set<string>; bodies: Set<string> }>();
    for (const delivery of receiver.received) {
      const seen = copies.get(delivery.body.publicationId) ?? { deliveryIds: new Set(), bodies: new Set() };
      seen.deliveryIds.add(String(delivery.headers['x-qaztech-delivery']));
      seen.bodies.add(delivery.raw);
      copies.set(delivery.body.publicationId, seen);
    }
    const inconsistent = [...copies].filter(([, seen]) => seen.deliveryIds.size !== 1 || seen.bodies.size !== 1);
    expect(inconsistent).toEqual([]);
    const deliveryIds = [...copies.values()].map((seen) => [...seen.deliveryIds][0]);
    expect(new Set(deliveryIds).size).toBe(copies.size);
    process.stdout.write(`webhooks: ${published.length} records, ${receiver.received.length - copies.size} extra copies dropped by id\n`);
  });

  it('leaves no job with a dead worker and nothing waiting', async () => {
    const states = await eventually(async () => {
      const current = await queueStates(cluster);
      // Timers wait in the delayed set by design; nothing may be left active or waiting.
      return current.every((state) => state.active === 0 && state.waiting === 0) ? current : undefined;
    }, 90_000);
    expect(states.filter((state) => state.failed > 0)).toEqual([]);
  });

  it('holds no task claimed past its lease, and no request stuck without pending work', async () => {
    const held = await cluster.count(
      `SELECT count(*)::int AS count FROM review.tasks WHERE status = 'claimed' AND claimed_at < now() - interval '10 seconds'`,
    );
    expect(held).toBe(0);
    const released = await cluster.count(
      `SELECT count(*)::int AS count FROM review.outbox WHERE event_type = 'review.task_released.v1'
          AND envelope->'payload'->>'reason' = 'claim_lease_expired'`,
    );
    expect(released).toBeGreaterThanOrEqual(traffic.abandonedTasks.length);
    expect(await stuckRequests(cluster.dataSource, traffic.screened, traffic.decided)).toEqual([]);
  });

  it('records the figures', async () => {
    const figures = await report(cluster, faults, traffic, Date.now() - started);
    const directory = join(__dirname, '..', '..', 'var', 'faults');
    await mkdir(directory, { recursive: true });
    await writeFile(join(directory, 'last-run.json'), `${JSON.stringify(figures, null, 2)}\n`);
    expect(figures.losses).toBe(0);
    expect(figures.duplicates).toBe(0);
  });
});
