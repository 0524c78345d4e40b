import { Queue } from 'bullmq';
import { DEADLINE_QUEUE, taskDeadlineJobId } from '@qaztech/review';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';
import { PrivateRedis } from '../support/private-redis';
import { liveTask, submitCompleteRequest, waitForIntakeStatus } from '../support/review-flow';

describe('review while Redis is away', () => {
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let timers: Queue | undefined;
  // A Redis that comes back empty makes every relay publish its whole outbox again: on a database
  // of its own that is this test's events, not everything the run has done before it.
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    redis = await PrivateRedis.start();
    database = await createOwnDatabase();
    testApp = await startTestApp({ REDIS_URL: redis.url, QUEUE_PREFIX: `review-outage-${redis.port}`, DATABASE_URL: database.url });
    api = apiClient(testApp.baseUrl);
  });

  afterAll(async () => {
    await timers?.close();
    await testApp.close();
    await redis.kill();
    await database.drop();
  });

  it('keeps working, and its events and timers catch up when Redis is back', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'outage-secretary' });
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, secretary, 'screening', requestId);

    await redis.kill();
    expect((await api('POST', `/review/tasks/${task.id}/claim`, { token: secretary })).status).toBe(200);
    const accepted = await api('POST', `/review/tasks/${task.id}/accept`, { token: secretary });
    expect(accepted.status).toBe(200);
    const experts = (await api('GET', `/review/requests/${requestId}`, { token: secretary })).body.tasks.filter(
      (candidate: any) => candidate.stage !== 'screening',
    );
    expect(experts).toHaveLength(3);

    await redis.restart();
    await waitForIntakeStatus(api, signatory, requestId, 'expert_review');
    // Redis came back empty: the timers of every live task are queued again.
    timers = new Queue(DEADLINE_QUEUE, { connection: { url: redis.url }, prefix: testApp.config.QUEUE_PREFIX });
    timers.on('error', () => undefined);
    for (const live of [...experts]) {
      await eventually(async () => (await timers!.getJob(taskDeadlineJobId(live.id, live.dueDate))) ?? undefined, 20_000);
    }
  });
});
