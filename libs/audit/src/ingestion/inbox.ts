import { EntityManager } from 'typeorm';
import { EventEnvelope, EventType, eventsConsumedBy } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { IngestionRepository } from './ingestion.repository';

/**
 * One handler per event type routed to the ledger (all of them), each landing in the inbox. They
 * share one `handleAll`, so the consumer lands a group's events in one statement.
 */
export function inboxHandlers(ingestion: IngestionRepository): EventHandler[] {
  const handleAll = (events: EventEnvelope[], manager: EntityManager) => ingestion.land(manager, events);
  return eventsConsumedBy('audit').map((eventType: EventType) => ({
    eventType,
    handle: (event, manager) => ingestion.land(manager, [event]),
    handleAll,
  }));
}
