import { DataSource } from 'typeorm';
import { ContextMessaging } from '@qaztech/platform';
import { IntakeMessaging } from '../../libs/intake/src/shared/intake-outbox';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';
import { PrivateRedis } from '../support/private-redis';
import { liveTask, reviewEvents, submitCompleteRequest, waitForIntakeStatus } from '../support/review-flow';

/**
 * The ledger asks again for what it misses; other consumers once had no one to ask for them. An
 * event the ledger had taken but intake had not, lost with Redis, left the request behind in
 * intake for good.
 */
describe('consumers other than the ledger when Redis loses everything', () => {
  let database: { url: string; drop(): Promise<void> };
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createOwnDatabase();
    redis = await PrivateRedis.start();
    testApp = await startTestApp({ DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: `consumers-${redis.port}` });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
  });

  afterAll(async () => {
    await testApp.close();
    await redis.kill();
    await database.drop();
  });

  it('gets the events the ledger already has again, and the request catches up', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'consumers-secretary' });
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, secretary, 'screening', requestId);

    const intake = testApp.app.get(IntakeMessaging) as ContextMessaging;
    await intake.consumer.stop();
    expect((await api('POST', `/review/tasks/${task.id}/claim`, { token: secretary })).status).toBe(200);
    const [started] = await reviewEvents(dataSource, requestId, 'request.screening_started.v1');
    // The ledger has it; intake's copy waits on its queue when Redis loses everything.
    await eventually(async () => {
      const rows = await dataSource.query('SELECT 1 FROM audit.entries WHERE event_id = $1', [started.id]);
      return rows.length > 0 ? true : undefined;
    }, 20_000);
    await redis.kill();
    await redis.restart();
    intake.consumer.start();

    await waitForIntakeStatus(api, signatory, requestId, 'screening');
    const [ledger] = await dataSource.query('SELECT count(*)::int AS count FROM audit.entries WHERE event_id = $1', [started.id]);
    expect(ledger.count).toBe(1);
  });
});
