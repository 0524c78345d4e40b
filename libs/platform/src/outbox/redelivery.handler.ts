import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ContextName, EventEnvelope, RedeliveryRequestedV1 } from '@qaztech/contracts';
import { EventHandler } from '../queues/event-consumer';
import { outboxChannel } from './outbox-schema';

/**
 * Every context answers the ledger's redelivery requests for its own outbox: the rows go back to
 * unpublished and the relay puts them on every consumer's queue again. Requests meant for
 * another source are recorded and ignored.
 */
export class RedeliveryRequestedHandler implements EventHandler<'audit.redelivery_requested.v1'> {
  readonly eventType = 'audit.redelivery_requested.v1' as const;
  private readonly logger: Logger;

  constructor(private readonly context: ContextName) {
    this.logger = new Logger(`Redelivery:${context}`);
  }

  async handle(event: EventEnvelope<'audit.redelivery_requested.v1', RedeliveryRequestedV1>, manager: EntityManager): Promise<void> {
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
