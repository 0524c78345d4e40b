import { DataSource } from 'typeorm';
import { loadPlatformConfig } from '@qaztech/platform';
import { tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { apiClient } from '../support/http-client';
import { submitCompleteRequest } from '../support/review-flow';
import { ServiceProcess, stopAll } from './support/service-process';

jest.setTimeout(180_000);

const BATCH = 8;

/** Ids of the events a replica says it handled (its JSON log at level `log`). */
function handledBy(replica: ServiceProcess): Set<string> {
  return new Set(replica.logLines().flatMap((line) => (line.msg === 'event handled' ? [String(line.eventId)] : [])));
}

/**
 * Two replicas of review on the same queues and the same outbox; one of them stops in the middle
 * of the work. Each event is handled by exactly one of them, no submission is left without its
 * screening task, and the ledger holds every review event exactly once, gapless.
 */
describe('two replicas of the review service', () => {
  let intake: ServiceProcess;
  let audit: ServiceProcess;
  let first: ServiceProcess;
  let second: ServiceProcess;
  let dataSource: DataSource;

  beforeAll(async () => {
    intake = await ServiceProcess.start('intake', { LOG_LEVEL: 'warn' });
    audit = await ServiceProcess.start('audit', { LOG_LEVEL: 'warn' });
    first = await ServiceProcess.start('review', { LOG_LEVEL: 'log' });
    second = await ServiceProcess.start('review', { LOG_LEVEL: 'log' });
    dataSource = await new DataSource({ type: 'postgres', url: loadPlatformConfig().DATABASE_URL, poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await stopAll([intake, audit, first, second]);
    await dataSource?.destroy();
  });

  it('handles every event once and loses no task when one replica stops mid-work', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const api = apiClient(intake.url);
    const submitBatch = () => Array.from({ length: BATCH }, () => submitCompleteRequest(api, signatory, agencyBin));

    const early = await Promise.all(submitBatch());
    // The first replica gets SIGTERM as the next batch's events start to arrive.
    const pending = submitBatch();
    const stopped = await Promise.race(pending).then(() => first.stop('SIGTERM'));
    expect(stopped).toEqual({ code: 0, signal: null });
    const late = await Promise.all(pending);
    const requestIds = [...early, ...late];

    const secretary = await tokenFor({ roles: ['commission.secretary'] });
    const reviewApi = apiClient(second.url);
    for (const requestId of requestIds) {
      const queue = await eventually(async () => {
        const response = await reviewApi('GET', `/review/queues/screening?requestId=${requestId}`, { token: secretary });
        return response.body.items?.length > 0 ? response.body.items : undefined;
      }, 30_000);
      expect(queue).toHaveLength(1);
    }

    const submitted = (await dataSource.query(
      `SELECT o.envelope->>'id' AS id, (p.event_id IS NOT NULL) AS processed
         FROM intake.outbox o LEFT JOIN review.processed_events p ON p.event_id = (o.envelope->>'id')::uuid
        WHERE o.aggregate_id = ANY($1::uuid[]) AND o.event_type = 'request.submitted.v1'`,
      [requestIds],
    )) as { id: string; processed: boolean }[];
    expect(submitted).toHaveLength(requestIds.length);
    expect(submitted.filter((event) => !event.processed)).toEqual([]);
    const [byFirst, bySecond] = [handledBy(first), handledBy(second)];
    for (const { id } of submitted) expect([id, Number(byFirst.has(id)) + Number(bySecond.has(id))]).toEqual([id, 1]);

    await expectLedgerHoldsReviewOnce(dataSource, requestIds);
  });
});

/** Every review event of these requests is in the ledger once, and review's sequence has no gap. */
async function expectLedgerHoldsReviewOnce(dataSource: DataSource, requestIds: string[]): Promise<void> {
  const missing = async () =>
    (await dataSource.query(
      `SELECT o.envelope->>'id' AS id FROM review.outbox o
        WHERE o.aggregate_id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM audit.entries e WHERE e.event_id = (o.envelope->>'id')::uuid)`,
      [requestIds],
    )) as unknown[];
  await eventually(async () => ((await missing()).length === 0 ? true : undefined), 60_000);
  const [outbox] = (await dataSource.query(
    'SELECT count(*)::int AS count, max(sequence)::int AS max FROM review.outbox WHERE sequence IS NOT NULL',
  )) as { count: number; max: number }[];
  expect(outbox!.count).toBe(outbox!.max);
  const [ledger] = (await dataSource.query(
    `SELECT count(*)::int AS count, count(DISTINCT source_sequence)::int AS distinct, max(source_sequence)::int AS max
       FROM audit.entries WHERE source = 'review' AND source_sequence <= $1`,
    [outbox!.max],
  )) as { count: number; distinct: number; max: number }[];
  expect(ledger).toEqual({ count: outbox!.max, distinct: outbox!.max, max: outbox!.max });
}
