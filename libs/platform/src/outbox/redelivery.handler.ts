import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContextName, EventEnvelope, RedeliveryRequestedV1 } from '@qaztech/contracts';
import { EventHandler } from '../queues/event-consumer';
import { outboxChannel } from './outbox-schema';

/**
 * Every context answers the ledger's redelivery requests for its own outbox: the rows go back to
 * unpublished and the relay puts them on every consumer's queue again. Requests meant for
 * another source are recorded and ignored. A context with its own use for the event (the ledger
 * records it) passes that handler as `next`, which runs in the same transaction.
 */
export class RedeliveryRequestedHandler implements EventHandler<'audit.redelivery_requested.v1'> {
  readonly eventType = 'audit.redelivery_requested.v1' as const;
  private readonly logger: Logger;

  constructor(
    private readonly context: ContextName,
    private readonly next?: EventHandler<'audit.redelivery_requested.v1'>,
  ) {
    this.logger = new Logger(`Redelivery:${context}`);
  }

  async handle(event: EventEnvelope<'audit.redelivery_requested.v1', RedeliveryRequestedV1>, manager: EntityManager): Promise<void> {
    await this.next?.handle(event, manager);
    const { source, fromSequence, toSequence } = event.payload;
    if (source !== this.context) return;
    const [, count] = (await manager.query(
      `UPDATE ${this.context}.outbox SET published_at = NULL
        WHERE sequence BETWEEN $1 AND $2 AND published_at IS NOT NULL`,
      [fromSequence, toSequence],
    )) as [unknown, number];
    await manager.query('SELECT pg_notify($1, $2)', [outboxChannel(this.context), '']);
    this.logger.warn({ msg: 'events put back for redelivery', fromSequence, toSequence, count, requestId: event.correlationId });
  }
}
