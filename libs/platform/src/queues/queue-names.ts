/**
 * Names of the machine queues that are not event queues (those are `events.<context>`, see
 * `eventQueueName` in the contracts). One place, so two features never share a name by accident.
 */
export const WEBHOOK_DELIVERY_QUEUE = 'registry.webhook-deliveries';

/** A webhook delivery job names only its row: the row in Postgres holds everything else. */
export interface WebhookDeliveryJob {
  deliveryId: string;
}
