import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { inTransaction, Metrics } from '@qaztech/platform';
import { DeliveryStep, isDelivered, nextStep } from './delivery-rule';
import { DeliveryRepository, LockedDelivery } from './delivery.repository';
import { deliveryEventType } from './fan-out.repository';
import { DeliveryScheduler } from './delivery.scheduler';
import { nextAttemptAt } from './retry-schedule';
import { secretsInUse, signatureHeader } from './signature';
import { WEBHOOK_CONFIG, WebhookConfig } from './webhook-config';
import { postWebhook } from './webhook-sender';

/** Beyond the request's own time limit, so a lease never ends while its holder may still send. */
const LEASE_MARGIN_MS = 30_000;

/**
 * One run of a delivery's job: claim the row if the ordering rule lets it go, send it, record the
 * attempt, and say what the job does next. The claim is committed before sending, so no database
 * transaction waits on a subscriber, and a second worker that gets the same job finds it held.
 */
@Injectable()
export class SendDeliveryUseCase {
  private readonly logger = new Logger(SendDeliveryUseCase.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly scheduler: DeliveryScheduler,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
    private readonly metrics: Metrics,
  ) {}

  async execute(deliveryId: string): Promise<DeliveryStep> {
    const claimToken = randomUUID();
    const claimed = await inTransaction(this.dataSource, async (manager) => {
      const delivery = await this.deliveries.lock(manager, deliveryId);
      if (!delivery) return { step: { kind: 'finished' } as DeliveryStep };
      const step = nextStep(delivery, delivery.now);
      if (step.kind === 'send')
        await this.deliveries.claim(manager, deliveryId, claimToken, this.config.WEBHOOK_TIMEOUT_MS + LEASE_MARGIN_MS);
      return { step, delivery };
    });
    if (claimed.step.kind !== 'send' || !claimed.delivery) return claimed.step;
    return this.send(claimed.delivery, claimToken);
  }

  private async send(delivery: LockedDelivery, claimToken: string): Promise<DeliveryStep> {
    const timestamp = Math.floor(delivery.now.getTime() / 1000);
    const headers = {
      'x-qaztech-delivery': delivery.id,
      'x-qaztech-event': deliveryEventType(delivery.body),
      'x-qaztech-sequence': String(delivery.sequence),
      'x-qaztech-timestamp': String(timestamp),
      'x-qaztech-signature': signatureHeader(secretsInUse(delivery.secrets, delivery.now), timestamp, delivery.body),
    };
    const result = await postWebhook(delivery.targetUrl, delivery.body, headers, {
      timeoutMs: this.config.WEBHOOK_TIMEOUT_MS,
      allowPrivate: this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    });
    const delivered = isDelivered(result.statusCode);
    const finishedAt = new Date(delivery.now.getTime() + result.durationMs);
    const policy = { baseMs: this.config.WEBHOOK_RETRY_BASE_MS, windowMs: this.config.WEBHOOK_RETRY_WINDOW_MS };
    const retryAt = delivered ? null : nextAttemptAt(policy, delivery.attempts + 1, finishedAt, delivery.windowStartedAt);
    await inTransaction(this.dataSource, (manager) =>
      this.deliveries.recordAttempt(manager, {
        deliveryId: delivery.id,
        claimToken,
        attemptedAt: delivery.now,
        durationMs: result.durationMs,
        statusCode: result.statusCode,
        error: delivered ? null : (result.error ?? `HTTP ${result.statusCode}`),
        delivered,
        nextAttemptAt: retryAt,
      }),
    );
    this.metrics.webhookDeliveries.inc({ outcome: delivered ? 'delivered' : retryAt ? 'retrying' : 'dead' });
    this.logger.log({
      msg: delivered ? 'webhook delivered' : retryAt ? 'webhook attempt failed' : 'webhook dead-lettered',
      deliveryId: delivery.id,
      sequence: delivery.sequence,
      statusCode: result.statusCode,
      attempt: delivery.attempts + 1,
    });
    if (retryAt) return { kind: 'later', at: retryAt };
    await this.wakeNext(delivery.subscriptionId);
    return { kind: 'finished' };
  }

  /** The subscriber's next delivery may go now that this one is delivered or dead. */
  async wakeNext(subscriptionId: string): Promise<void> {
    for (const head of await this.deliveries.heads(this.dataSource.manager, subscriptionId))
      await this.scheduler.quietly(head.id, head.nextAttemptAt);
  }
}
