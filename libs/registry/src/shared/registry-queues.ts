import { JobsOptions } from 'bullmq';
import { eventQueueName } from '@qaztech/contracts';

/** The register's event queue, whose name the routing in the contracts gives. */
export const REGISTRY_EVENT_QUEUE = eventQueueName('registry');

/** The register's own machine queue: one job per webhook delivery that is due. */
export const WEBHOOK_DELIVERY_QUEUE = 'registry.webhook-deliveries';
export const WEBHOOK_DELIVERY_JOB = 'deliver';

/** A webhook delivery job names only its row: the row in Postgres holds everything else. */
export interface WebhookDeliveryJob {
  deliveryId: string;
}

/**
 * A webhook delivery job is only the trigger of a delivery row: the row holds the attempts, the
 * backoff and the dead letter, and the job postpones itself to the row's next attempt. BullMQ's
 * own retries cover only a failure of the worker itself (database away). Finished jobs are not
 * kept: a kept job would hold its id (the delivery id) and turn the next enqueue of the same
 * delivery (a redelivery, the sweep after Redis lost it) into a no-op.
 */
export const WEBHOOK_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: true,
};
