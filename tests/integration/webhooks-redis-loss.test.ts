import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';
import { PrivateRedis } from '../support/private-redis';
import { appendPublication, deliveriesOf, subscribe, useWebhookSettings, WebhookReceiver } from '../support/webhooks';

jest.setTimeout(120_000);

/**
 * Deliveries live in Postgres; their jobs are only triggers. Redis restarted empty while
 * deliveries wait for their next attempt loses every job, and still no delivery is lost.
 */
describe('registry webhooks when Redis loses everything', () => {
  let database: { url: string; drop(): Promise<void> };
  let redis: PrivateRedis;
  let testApp: TestApp;
  let api: Api;
  let admin: string;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    // Slow retries: the wiped jobs were waiting for a moment the sweep must find again.
    useWebhookSettings({ WEBHOOK_RETRY_BASE_MS: '1000' });
    database = await createOwnDatabase();
    redis = await PrivateRedis.start();
    testApp = await startTestApp({ DATABASE_URL: database.url, REDIS_URL: redis.url, QUEUE_PREFIX: `webhooks-wipe-${redis.port}` });
    api = apiClient(testApp.baseUrl);
    admin = await tokenFor({ roles: ['admin'], subject: 'webhook-admin' });
    receiver = await WebhookReceiver.start();
  });

  afterAll(async () => {
    await testApp.close();
    await receiver.close();
    await redis.kill();
    await database.drop();
  });

  it('delivers every publication, in order, exactly once, after Redis comes back empty mid-delivery', async () => {
    const { id } = await subscribe(api, admin, receiver.url);
    receiver.answer = () => 503;
    const before = [];
    for (let i = 0; i < 3; i += 1) before.push(await appendPublication(testApp, `До сбоя ${i}`));
    await deliveriesOf(api, admin, id, (items) => items.length === 3 && items.at(-1).attempts.length >= 1);

    await redis.kill();
    await redis.restart();
    receiver.answer = () => 200;
    const after = [];
    for (let i = 0; i < 2; i += 1) after.push(await appendPublication(testApp, `После сбоя ${i}`));

    const published = [...before, ...after];
    await deliveriesOf(api, admin, id, (items) => items.length === 5 && items.every((item) => item.status === 'delivered'));
    expect(receiver.accepted().map((delivery) => delivery.body.publicationId)).toEqual(published.map((item) => item.publicationId));
    const dataSource = testApp.owner;
    const [row] = await eventually(async () => {
      const rows = await dataSource.query(
        `SELECT count(*)::int AS attempts, count(*) FILTER (WHERE delivered)::int AS delivered FROM registry.webhook_attempts`,
      );
      return rows[0].delivered === 5 ? rows : undefined;
    });
    expect(row.delivered).toBe(5);
  });
});
