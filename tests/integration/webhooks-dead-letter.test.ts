import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { Api, apiClient } from '../support/http-client';
import { metricValue } from '../support/metrics';
import { createOwnDatabase } from '../support/own-database';
import { appendPublication, deliveriesOf, subscribe, useWebhookSettings, WebhookReceiver } from '../support/webhooks';

jest.setTimeout(120_000);

/** A retry window of a second and a half stands for the 24 hours of production. */
describe('registry webhooks: dead letters', () => {
  let database: { url: string; drop(): Promise<void> };
  let testApp: TestApp;
  let api: Api;
  let admin: string;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    useWebhookSettings({ WEBHOOK_RETRY_BASE_MS: '100', WEBHOOK_RETRY_WINDOW_MS: '1500' });
    database = await createOwnDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: `webhooks-dead-${randomBytes(3).toString('hex')}` });
    api = apiClient(testApp.baseUrl);
    admin = await tokenFor({ roles: ['admin'], subject: 'webhook-admin' });
    receiver = await WebhookReceiver.start();
  });

  afterAll(async () => {
    await testApp.close();
    await receiver.close();
    await database.drop();
  });

  it('dead-letters a delivery after the retry window, lets the next one go, and sends the dead one again on request', async () => {
    const { id } = await subscribe(api, admin, receiver.url);
    const refused = await appendPublication(testApp, 'Отвергнутое');
    receiver.answer = (delivery) => (delivery.body.publicationId === refused.publicationId ? 500 : 200);
    const next = await appendPublication(testApp, 'Следующее');

    const [nextDelivery, dead] = await deliveriesOf(api, admin, id, (items) => items.length === 2 && items[0].status === 'delivered');
    expect(dead).toMatchObject({
      publicationId: refused.publicationId,
      status: 'dead',
      nextAttemptAt: null,
      finishedAt: expect.any(String),
    });
    expect(dead.attempts.length).toBeGreaterThanOrEqual(3);
    expect(dead.attempts.every((attempt: any) => attempt.statusCode === 500 && !attempt.delivered)).toBe(true);
    expect(nextDelivery).toMatchObject({ publicationId: next.publicationId, status: 'delivered' });
    // Every attempt is counted by its outcome: the failed ones that left a retry, the last one that gave up.
    expect({
      retrying: await metricValue(api, 'webhook_deliveries_total{outcome="retrying"}'),
      dead: await metricValue(api, 'webhook_deliveries_total{outcome="dead"}'),
      delivered: await metricValue(api, 'webhook_deliveries_total{outcome="delivered"}'),
    }).toEqual({ retrying: dead.attempts.length - 1, dead: 1, delivered: 1 });
    // The later record waited for the earlier one until it was given up.
    const order = receiver.received.map((delivery) => delivery.body.publicationId);
    expect(order.indexOf(next.publicationId)).toBe(order.lastIndexOf(refused.publicationId) + 1);

    receiver.answer = () => 200;
    const redelivered = await api('POST', `/registry/subscriptions/${id}/deliveries/${dead.id}/redeliver`, { token: admin });
    expect(redelivered.status).toBe(202);
    expect(redelivered.body).toMatchObject({ id: dead.id });
    const items = await deliveriesOf(api, admin, id, (found) => found[1]?.status === 'delivered');
    expect(items[1].attempts.at(-1)).toMatchObject({ statusCode: 200, delivered: true });
    expect(receiver.accepted().map((delivery) => delivery.body.publicationId)).toEqual([next.publicationId, refused.publicationId]);
  });
});
