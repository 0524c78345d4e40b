import { DataSource } from 'typeorm';
import { DecisionPublishedV2 } from '@qaztech/contracts';
import { RegistryError } from '@qaztech/registry';
import { DecisionIssuedHandler } from '../../../libs/registry/src/publishing/publication-handlers';
import { deliveryBody } from '../../../libs/registry/src/webhooks/fan-out.repository';
import { CreateSubscriptionUseCase } from '../../../libs/registry/src/webhooks/create-subscription.use-case';
import { DisableSubscriptionUseCase } from '../../../libs/registry/src/webhooks/disable-subscription.use-case';
import { FanOutDeliveriesHandler } from '../../../libs/registry/src/webhooks/fan-out-deliveries.handler';
import { RedeliverUseCase } from '../../../libs/registry/src/webhooks/redeliver.use-case';
import { RotateSecretUseCase } from '../../../libs/registry/src/webhooks/rotate-secret.use-case';
import { SendDeliveryUseCase } from '../../../libs/registry/src/webhooks/send-delivery.use-case';
import { Component, outboxRows } from '../../support/component';
import { signatureMatches, WebhookReceiver } from '../../support/webhooks';
import { admin, anApproval, handle, reviewEvent, startRegistry } from './registry-component';

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  body: string;
  sequence: string;
  finished_at: Date | null;
  next_attempt_at: Date;
}

describe('registry: what webhook subscriptions and deliveries commit', () => {
  let component: Component;
  let dataSource: DataSource;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    component = await startRegistry();
    dataSource = component.dataSource;
    receiver = await WebhookReceiver.start();
    // Publications other suites left unannounced are fanned out now, before any subscription of
    // this file exists: each subscription below gets its own test's delivery only.
    await publishAndFanOut();
  });

  afterAll(async () => {
    await receiver.close();
    await component.close();
  });

  const subscriptionRow = async (id: string) =>
    (
      (await dataSource.query(
        'SELECT status, target_url, secret, previous_secret, previous_secret_until, disabled_at FROM registry.webhook_subscriptions WHERE id = $1',
        [id],
      )) as Record<string, unknown>[]
    )[0];

  const deliveriesOf = async (subscriptionId: string) =>
    (await dataSource.query(
      `SELECT id, status, attempts, body, sequence, finished_at, next_attempt_at FROM registry.webhook_deliveries
        WHERE subscription_id = $1 ORDER BY sequence`,
      [subscriptionId],
    )) as DeliveryRow[];

  const subscriptionEvents = (subscriptionId: string) => outboxRows(dataSource, 'registry', { payload: { subscriptionId } });

  async function subscribe() {
    return component.get(CreateSubscriptionUseCase).execute(admin(), { url: receiver.url, description: '  Портал  ' });
  }

  /** Publishes an approval and hands its announcement to the fan-out, as the event worker would. */
  async function publishAndFanOut(): Promise<DecisionPublishedV2> {
    const decision = anApproval();
    await handle(component, component.get(DecisionIssuedHandler), reviewEvent('decision.issued.v1', decision.requestId, decision));
    const [announced] = await outboxRows<DecisionPublishedV2>(dataSource, 'registry', { aggregateId: decision.requestId });
    const event = { ...announced!.envelope, type: 'decision.published.v2' as const, sequence: 1 };
    await handle(component, component.get(FanOutDeliveriesHandler), event);
    return announced!.envelope.payload;
  }

  it('subscribes: an active row with a fresh secret, and webhook.subscription_created.v1 without the secret', async () => {
    const view = await subscribe();
    expect(view.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(await subscriptionRow(view.id)).toMatchObject({ status: 'active', target_url: receiver.url, secret: view.secret });
    const [created, ...more] = await subscriptionEvents(view.id);
    expect(more).toEqual([]);
    expect(created).toMatchObject({
      eventType: 'webhook.subscription_created.v1',
      aggregateId: null,
      envelope: {
        actor: { id: admin().principal.subject },
        payload: { subscriptionId: view.id, targetUrl: receiver.url, description: 'Портал' },
      },
    });
    expect(JSON.stringify(created!.envelope)).not.toContain(view.secret);
  });

  it('fans a publication out: one pending delivery per active subscription, carrying the canonical body', async () => {
    const { id } = await subscribe();
    const published = await publishAndFanOut();
    const [delivery, ...more] = await deliveriesOf(id);
    expect(more).toEqual([]);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 0, sequence: String(published.sequence), body: deliveryBody(published) });
    const [progress] = (await dataSource.query('SELECT last_sequence FROM registry.webhook_fan_out')) as { last_sequence: string }[];
    expect(Number(progress!.last_sequence)).toBe(published.sequence);
  });

  it('sends a delivery: the subscriber gets it signed, the attempt is recorded and the delivery finished', async () => {
    const { id, secret } = await subscribe();
    await publishAndFanOut();
    const [pending] = await deliveriesOf(id);
    expect(await component.get(SendDeliveryUseCase).execute(pending!.id)).toEqual({ kind: 'finished' });
    const received = receiver.received.find((delivery) => delivery.headers['x-qaztech-delivery'] === pending!.id)!;
    expect(received.raw).toBe(pending!.body);
    expect(signatureMatches(received, secret)).toBe(true);
    const [delivered] = await deliveriesOf(id);
    expect(delivered).toMatchObject({ status: 'delivered', attempts: 1, finished_at: expect.any(Date) });
    const attempts = (await dataSource.query('SELECT status_code, error, delivered FROM registry.webhook_attempts WHERE delivery_id = $1', [
      pending!.id,
    ])) as unknown[];
    expect(attempts).toEqual([{ status_code: 200, error: null, delivered: true }]);
  });

  it('records a refused attempt and keeps the delivery pending for a later try', async () => {
    const { id } = await subscribe();
    await publishAndFanOut();
    const [pending] = await deliveriesOf(id);
    receiver.answer = () => 503;
    try {
      const step = await component.get(SendDeliveryUseCase).execute(pending!.id);
      expect(step).toMatchObject({ kind: 'later' });
    } finally {
      receiver.answer = () => 200;
    }
    const [after] = await deliveriesOf(id);
    expect(after).toMatchObject({ status: 'pending', attempts: 1, finished_at: null });
    expect(after!.next_attempt_at.getTime()).toBeGreaterThan(pending!.next_attempt_at.getTime());
    const attempts = (await dataSource.query('SELECT status_code, error, delivered FROM registry.webhook_attempts WHERE delivery_id = $1', [
      pending!.id,
    ])) as unknown[];
    expect(attempts).toEqual([{ status_code: 503, error: 'HTTP 503', delivered: false }]);
  });

  it('rotates the secret: the old one becomes the previous one for the grace period, and webhook.secret_rotated.v1', async () => {
    const { id, secret } = await subscribe();
    const rotated = await component.get(RotateSecretUseCase).execute(admin(), id);
    expect(rotated.secret).not.toBe(secret);
    expect(await subscriptionRow(id)).toMatchObject({
      secret: rotated.secret,
      previous_secret: secret,
      previous_secret_until: expect.any(Date),
    });
    const events = await subscriptionEvents(id);
    expect(events.map((event) => event.eventType)).toEqual(['webhook.subscription_created.v1', 'webhook.secret_rotated.v1']);
    expect(JSON.stringify(events[1]!.envelope)).not.toContain(rotated.secret);
  });

  it('redelivers a finished delivery: pending again, due now, with a fresh window', async () => {
    const { id } = await subscribe();
    await publishAndFanOut();
    const [pending] = await deliveriesOf(id);
    await component.get(SendDeliveryUseCase).execute(pending!.id);
    const view = await component.get(RedeliverUseCase).execute(id, pending!.id);
    expect(view).toMatchObject({ id: pending!.id, status: 'pending', finishedAt: null });
    expect(await deliveriesOf(id)).toMatchObject([{ status: 'pending', attempts: 1, finished_at: null }]);
  });

  it('disables a subscription: its waiting deliveries are cancelled, and the event counts them', async () => {
    const { id } = await subscribe();
    await publishAndFanOut();
    const view = await component.get(DisableSubscriptionUseCase).execute(admin(), id);
    expect(view.status).toBe('disabled');
    expect(await subscriptionRow(id)).toMatchObject({ status: 'disabled', disabled_at: expect.any(Date) });
    expect(await deliveriesOf(id)).toMatchObject([{ status: 'cancelled', finished_at: expect.any(Date) }]);
    const disabled = (await subscriptionEvents(id)).at(-1);
    expect(disabled).toMatchObject({ eventType: 'webhook.subscription_disabled.v1', envelope: { payload: { cancelledDeliveries: 1 } } });

    const [cancelled] = await deliveriesOf(id);
    await expect(component.get(RedeliverUseCase).execute(id, cancelled!.id)).rejects.toMatchObject({
      code: RegistryError.SUBSCRIPTION_DISABLED,
    });
    expect(await deliveriesOf(id)).toMatchObject([{ status: 'cancelled' }]);
    // Disabling twice changes nothing and announces nothing more.
    await component.get(DisableSubscriptionUseCase).execute(admin(), id);
    expect(await subscriptionEvents(id)).toHaveLength(2);
  });
});
