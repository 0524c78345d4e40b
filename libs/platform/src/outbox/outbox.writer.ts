import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ContextName, EventActor, EventCause, EventCatalogue, EventType, UnsequencedEvent } from '@qaztech/contracts';
import { preparedQuery } from '../database/prepared-query';
import { Clock, systemClock } from '../time/clock';
import { outboxChannel } from './outbox-schema';

export interface NewEvent<T extends EventType> {
  /** Given when steps written before the event must name it as their cause; fresh otherwise. */
  id?: string;
  type: T;
  aggregateId: string | null;
  actor: EventActor;
  correlationId: string;
  causedBy?: EventCause;
  payload: EventCatalogue[T];
}

/**
 * Writes domain events into the context's outbox inside the caller's transaction: the event
 * exists if and only if the state change it describes was committed.
 */
export class OutboxWriter {
  constructor(
    private readonly source: ContextName,
    private readonly clock: Clock = systemClock,
  ) {}

  async append<T extends EventType>(manager: EntityManager, event: NewEvent<T>): Promise<UnsequencedEvent<T>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxWriter.append must run inside a transaction');
    }
    const envelope = this.envelopeOf(event);
    await this.insert(manager, envelope);
    return envelope;
  }

  /**
   * Writes an event that accompanies no other change (an auditor's read) as one statement,
   * atomic on its own: one round trip instead of a transaction's four.
   */
  async appendAlone<T extends EventType>(manager: EntityManager, event: NewEvent<T>): Promise<UnsequencedEvent<T>> {
    const envelope = this.envelopeOf(event);
    await this.insert(manager, envelope);
    return envelope;
  }

  /**
   * One round trip for the row and its wake-up call. The notification is delivered by Postgres
   * only if the transaction commits: the relay wakes for committed rows only.
   */
  private async insert(manager: EntityManager, envelope: UnsequencedEvent): Promise<void> {
    await preparedQuery(
      manager,
      `${this.source}.outbox_append`,
      `WITH written AS (
         INSERT INTO ${this.source}.outbox (event_id, event_type, aggregate_id, envelope) VALUES ($1, $2, $3, $4) RETURNING 1)
       SELECT pg_notify($5, '') FROM written`,
      [envelope.id, envelope.type, envelope.aggregateId, JSON.stringify(envelope), outboxChannel(this.source)],
    );
  }

  private envelopeOf<T extends EventType>(event: NewEvent<T>): UnsequencedEvent<T, EventCatalogue[T]> {
    return {
      id: event.id ?? randomUUID(),
      type: event.type,
      source: this.source,
      occurredAt: this.clock.now().toISOString(),
      aggregateId: event.aggregateId,
      actor: event.actor,
      correlationId: event.correlationId,
      ...(event.causedBy ? { causedBy: event.causedBy } : {}),
      payload: event.payload,
    };
  }
}
