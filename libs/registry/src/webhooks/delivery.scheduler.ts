import { Injectable, Logger } from '@nestjs/common';
import { EventPublisher, withTimeout } from '@qaztech/platform';
import { WEBHOOK_DELIVERY_JOB, WEBHOOK_DELIVERY_QUEUE, WEBHOOK_JOB_OPTIONS, WebhookDeliveryJob } from '../shared/registry-queues';

const QUEUE_TIMEOUT_MS = 5_000;

/**
 * Puts delivery jobs on the queue. The job id is the delivery id, so queueing a delivery that
 * already has a job changes nothing, except that a waiting job is brought forward when the
 * delivery is due now. Losing a job loses nothing: the row is still pending, and the sweep
 * queues it again.
 */
@Injectable()
export class DeliveryScheduler {
  private readonly logger = new Logger(DeliveryScheduler.name);

  constructor(private readonly publisher: EventPublisher) {
    // Opened at once, so the queue-depth gauge names the queue before its first delivery.
    publisher.queue(WEBHOOK_DELIVERY_QUEUE);
  }

  async schedule(deliveryId: string, at: Date): Promise<void> {
    const queue = this.publisher.queue(WEBHOOK_DELIVERY_QUEUE);
    const delay = Math.max(0, at.getTime() - Date.now());
    await withTimeout(
      (async () => {
        const existing = await queue.getJob(deliveryId);
        if (!existing) {
          const job: WebhookDeliveryJob = { deliveryId };
          await queue.add(WEBHOOK_DELIVERY_JOB, job, { ...WEBHOOK_JOB_OPTIONS, jobId: deliveryId, delay });
        } else if (delay === 0 && (await existing.isDelayed())) {
          await existing.promote().catch(() => undefined);
        }
      })(),
      QUEUE_TIMEOUT_MS,
      'queueing a webhook delivery',
    );
  }

  /** Best effort: a failure (Redis away) is covered by the next sweep. */
  async quietly(deliveryId: string, at: Date): Promise<void> {
    try {
      await this.schedule(deliveryId, at);
    } catch (error) {
      this.logger.warn(`Delivery ${deliveryId} not queued now, the next sweep will: ${(error as Error).message}`);
    }
  }
}
