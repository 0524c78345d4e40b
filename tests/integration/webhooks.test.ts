import { randomBytes } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { DataSource } from 'typeorm';
import { SendDeliveryUseCase } from '../../libs/registry/src/webhooks/send-delivery.use-case';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';
import { board, decideRequest } from '../support/registry-flow';
import { appendPublication, deliveriesOf, signatureMatches, subscribe, useWebhookSettings, WebhookReceiver } from '../support/webhooks';

jest.setTimeout(120_000);

/** The register's webhooks, end to end: a subscriber on this machine receives what is published. */
describe('registry webhooks: delivery', () => {
  let database: { url: string; drop(): Promise<void> };
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let admin: string;
  const receivers: WebhookReceiver[] = [];
  const subscriptions: string[] = [];

  beforeAll(async () => {
    useWebhookSettings();
    database = await createOwnDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: `webhooks-${randomBytes(3).toString('hex')}` });
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    admin = await tokenFor({ roles: ['admin'], subject: 'webhook-admin', name: 'Администратор' });
  });

  // Each test's subscriber leaves: later publications must not keep knocking on a closed door.
  afterEach(async () => {
    for (const id of subscriptions.splice(0)) await api('POST', `/registry/subscriptions/${id}/disable`, { token: admin });
    for (const receiver of receivers.splice(0)) await receiver.close();
  });

  afterAll(async () => {
    await testApp.close();
    await database.drop();
  });

  async function subscriber(description = 'Test subscriber'): Promise<{ receiver: WebhookReceiver; id: string; secret: string }> {
    const receiver = await WebhookReceiver.start();
    receivers.push(receiver);
    const subscribed = await subscribe(api, admin, receiver.url, description);
    subscriptions.push(subscribed.id);
    return { receiver, ...subscribed };
  }

  it('delivers to a receiver that fails at first, signed so that the subscriber can check it', async () => {
    const { receiver, id, secret } = await subscriber();
    let calls = 0;
    receiver.answer = () => (++calls <= 2 ? 503 : 200);
    const startedAt = Math.floor(Date.now() / 1000);
    const published = await appendPublication(testApp, 'Повторы');

    const [delivery] = await deliveriesOf(api, admin, id, (items) => items[0]?.status === 'delivered');
    const finishedAt = Math.ceil(Date.now() / 1000);
    expect(receiver.received).toHaveLength(3);
    for (const received of receiver.received) {
      expect(received.body).toEqual(published);
      expect(signatureMatches(received, secret)).toBe(true);
      expect(signatureMatches(received, `${secret}x`)).toBe(false);
      expect(received.headers).toMatchObject({
        'content-type': 'application/json',
        'x-qaztech-delivery': delivery.id,
        'x-qaztech-event': 'decision.published.v1',
        'x-qaztech-sequence': String(published.sequence),
      });
      // The attempt's own time: between the publication and the last answer, however long that took.
      expect(Number(received.headers['x-qaztech-timestamp'])).toBeGreaterThanOrEqual(startedAt);
      expect(Number(received.headers['x-qaztech-timestamp'])).toBeLessThanOrEqual(finishedAt);
    }
    expect(delivery).toMatchObject({ publicationId: published.publicationId, sequence: published.sequence, status: 'delivered' });
    expect(delivery.attempts.map((attempt: any) => [attempt.statusCode, attempt.delivered, attempt.error])).toEqual([
      [503, false, 'HTTP 503'],
      [503, false, 'HTTP 503'],
      [200, true, null],
    ]);
  });

  it('delivers everything published while the subscriber was down, in publication order, each once', async () => {
    const { receiver, id } = await subscriber();
    receiver.answer = () => 'drop';
    const published = [];
    for (let i = 0; i < 6; i += 1) published.push(await appendPublication(testApp, `Пока недоступен ${i}`));
    await deliveriesOf(api, admin, id, (items) => items.length === 6);
    await eventually(async () => (receiver.received.length >= 4 ? true : undefined), 30_000);
    // While the first is still failing, nothing after it has been tried.
    expect(new Set(receiver.received.map((received) => received.body.publicationId))).toEqual(new Set([published[0]!.publicationId]));

    receiver.answer = () => 200;
    await deliveriesOf(api, admin, id, (items) => items.every((item) => item.status === 'delivered'));
    expect(receiver.accepted().map((received) => received.body.publicationId)).toEqual(published.map((item) => item.publicationId));
    const sequences = receiver.accepted().map((received) => received.body.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
  });

  it('delivers a decision issued through the review, with the register signature inside', async () => {
    const { receiver } = await subscriber('Реестр получателя');
    const decided = await decideRequest(api, await board('hook'), randomBin());
    const [received] = await eventually(async () => {
      const found = receiver.accepted().filter((item) => item.body.record.decisionNumber === decided.decisionNumber);
      return found.length > 0 ? found : undefined;
    }, 60_000);
    expect(received!.body).toMatchObject({ decisionId: decided.decisionId, requestId: decided.requestId, record: { kind: 'decision' } });
    const jwks = (await api('GET', '/public/jwks.json')).body;
    const verified = await compactVerify(received!.body.jws, createLocalJWKSet(jwks));
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual(received!.body.record);
  });

  it('stops delivering to a disabled subscription and cancels what was waiting', async () => {
    const first = await subscriber();
    const kept = await subscriber();
    const delivered = await appendPublication(testApp, 'До отключения');
    await deliveriesOf(api, admin, first.id, (items) => items[0]?.status === 'delivered');
    first.receiver.answer = () => 'drop';
    await appendPublication(testApp, 'Ждёт');
    await eventually(async () => (first.receiver.received.length >= 2 ? true : undefined), 30_000);

    const disabled = await api('POST', `/registry/subscriptions/${first.id}/disable`, { token: admin });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ id: first.id, status: 'disabled', disabledAt: expect.any(String) });
    const after = await appendPublication(testApp, 'После отключения');
    await eventually(async () =>
      kept.receiver.accepted().some((item) => item.body.publicationId === after.publicationId) ? true : undefined,
    );

    const items = await deliveriesOf(api, admin, first.id, () => true);
    expect(items.map((item) => item.status)).toEqual(['cancelled', 'delivered']);
    expect(first.receiver.accepted().map((item) => item.body.publicationId)).toEqual([delivered.publicationId]);
    expect(first.receiver.received.some((item) => item.body.publicationId === after.publicationId)).toBe(false);
    const again = await api('POST', `/registry/subscriptions/${first.id}/deliveries/${items[0].id}/redeliver`, { token: admin });
    expect(again).toMatchObject({ status: 409, body: { code: 'SUBSCRIPTION_DISABLED' } });
  });

  it('signs with both secrets during a rotation, and with the new one only after the grace period', async () => {
    const { receiver, id, secret: oldSecret } = await subscriber();
    const rotated = await api('POST', `/registry/subscriptions/${id}/rotate-secret`, { token: admin });
    expect(rotated.status).toBe(200);
    const newSecret: string = rotated.body.secret;
    expect(newSecret).not.toBe(oldSecret);
    expect(rotated.body.previousSecretValidUntil).toEqual(expect.any(String));

    const during = await appendPublication(testApp, 'Во время смены');
    const [inGrace] = await eventually(async () => {
      const found = receiver.accepted().filter((item) => item.body.publicationId === during.publicationId);
      return found.length > 0 ? found : undefined;
    });
    expect(String(inGrace!.headers['x-qaztech-signature']).split(', ')).toHaveLength(2);
    expect(signatureMatches(inGrace!, newSecret)).toBe(true);
    expect(signatureMatches(inGrace!, oldSecret)).toBe(true);

    // The grace period ends.
    await dataSource.query('UPDATE registry.webhook_subscriptions SET previous_secret_until = now() WHERE id = $1', [id]);
    const after = await appendPublication(testApp, 'После смены');
    const [afterGrace] = await eventually(async () => {
      const found = receiver.accepted().filter((item) => item.body.publicationId === after.publicationId);
      return found.length > 0 ? found : undefined;
    });
    expect(String(afterGrace!.headers['x-qaztech-signature']).split(', ')).toHaveLength(1);
    expect(signatureMatches(afterGrace!, newSecret)).toBe(true);
    expect(signatureMatches(afterGrace!, oldSecret)).toBe(false);
  });

  it('sends a delivered record again on request, as the same delivery', async () => {
    const { receiver, id } = await subscriber();
    const published = await appendPublication(testApp, 'Повторная отправка');
    const [delivery] = await deliveriesOf(api, admin, id, (items) => items[0]?.status === 'delivered');

    const redelivered = await api('POST', `/registry/subscriptions/${id}/deliveries/${delivery.id}/redeliver`, { token: admin });
    expect(redelivered.status).toBe(202);
    const [again] = await deliveriesOf(api, admin, id, (items) => items[0]?.attempts.length === 2 && items[0].status === 'delivered');
    expect(again.attempts.every((attempt: any) => attempt.delivered)).toBe(true);
    expect(receiver.accepted().map((item) => [item.body.publicationId, item.headers['x-qaztech-delivery']])).toEqual([
      [published.publicationId, delivery.id],
      [published.publicationId, delivery.id],
    ]);
    const missing = await api('POST', `/registry/subscriptions/${id}/deliveries/${published.publicationId}/redeliver`, { token: admin });
    expect(missing).toMatchObject({ status: 404, body: { code: 'DELIVERY_NOT_FOUND' } });
  });

  it('shows a secret only when it is made, and leaves every subscription change in the ledger without it', async () => {
    const { id, secret } = await subscriber('Министерство: реестр решений');
    const rotated = (await api('POST', `/registry/subscriptions/${id}/rotate-secret`, { token: admin })).body;
    expect((await api('POST', `/registry/subscriptions/${id}/disable`, { token: admin })).status).toBe(200);
    const shown = await api('GET', `/registry/subscriptions/${id}`, { token: admin });
    expect(shown.body).toMatchObject({ id, status: 'disabled', description: 'Министерство: реестр решений' });
    const listed = await api('GET', '/registry/subscriptions?limit=100', { token: admin });
    for (const answer of [shown, listed]) {
      expect(JSON.stringify(answer.body)).not.toContain(secret);
      expect(JSON.stringify(answer.body)).not.toContain(rotated.secret);
      expect(JSON.stringify(answer.body)).not.toMatch(/"secret"/);
    }

    const entries = await eventually(async () => {
      const rows: { event_type: string; actor_role: string }[] = await dataSource.query(
        `SELECT e.event_type, e.actor_role FROM audit.entries e JOIN registry.outbox o ON o.event_id = e.event_id
          WHERE o.envelope #>> '{payload,subscriptionId}' = $1 ORDER BY e.index`,
        [id],
      );
      return rows.length === 3 ? rows : undefined;
    }, 30_000);
    expect(entries).toEqual([
      { event_type: 'webhook.subscription_created.v1', actor_role: 'admin' },
      { event_type: 'webhook.secret_rotated.v1', actor_role: 'admin' },
      { event_type: 'webhook.subscription_disabled.v1', actor_role: 'admin' },
    ]);
    const events = JSON.stringify(await dataSource.query("SELECT envelope FROM registry.outbox WHERE event_type LIKE 'webhook.%'"));
    expect(events).not.toContain(secret);
    expect(events).not.toContain(rotated.secret);
  });

  it('never lets a second worker send a delivery another one is sending', async () => {
    const { receiver, id } = await subscriber();
    receiver.delayMs = 1_000;
    const published = await appendPublication(testApp, 'Два обработчика');
    await eventually(async () => (receiver.received.length === 1 ? true : undefined));
    const [inFlight] = await deliveriesOf(api, admin, id, (items) => items.length === 1);

    // Two more workers take the same delivery while the first is still waiting for the answer.
    const sendDelivery = testApp.app.get(SendDeliveryUseCase);
    const steps = await Promise.all([sendDelivery.execute(inFlight.id), sendDelivery.execute(inFlight.id)]);
    expect(steps.map((step) => step.kind)).toEqual(['later', 'later']);
    const [done] = await deliveriesOf(api, admin, id, (items) => items[0].status === 'delivered');
    expect(done.attempts).toHaveLength(1);
    expect(receiver.received.map((item) => item.body.publicationId)).toEqual([published.publicationId]);
  });

  it('lists subscriptions page by page, each once', async () => {
    for (let i = 0; i < 3; i += 1) await subscriber(`Страница ${i}`);
    const [row] = await dataSource.query('SELECT count(*)::int AS count FROM registry.webhook_subscriptions');
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await api('GET', `/registry/subscriptions?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: admin });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { id: string }) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(row.count);
    expect(new Set(seen).size).toBe(row.count);
    const bad = await api('GET', '/registry/subscriptions?cursor=nonsense', { token: admin });
    expect(bad.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'cursor', code: 'INVALID_CURSOR' }] });
  });
});
