import { AuditAccessedV1, RedeliveryRequestedV1 } from './audit-events';
import { CONTEXTS, ContextName } from './envelope';
import {
  AttachmentAddedV1,
  RequestCreatedV1,
  RequestReturnedV1,
  RequestSubmittedV1,
  RequestUpdatedV1,
  RequestWithdrawnV1,
} from './request-events';

/** Every event type with its payload. The name carries the version: a new shape is a new name. */
export interface EventCatalogue {
  'request.created.v1': RequestCreatedV1;
  'request.updated.v1': RequestUpdatedV1;
  'request.attachment_added.v1': AttachmentAddedV1;
  'request.submitted.v1': RequestSubmittedV1;
  'request.resubmitted.v1': RequestSubmittedV1;
  'request.withdrawn.v1': RequestWithdrawnV1;
  'request.returned.v1': RequestReturnedV1;
  'audit.accessed.v1': AuditAccessedV1;
  'audit.redelivery_requested.v1': RedeliveryRequestedV1;
}

export type EventType = keyof EventCatalogue;

interface EventDefinition {
  /** The context that writes it to its outbox. */
  source: ContextName;
  /** The contexts whose queue receives it. The audit ledger receives everything. */
  consumers: readonly ContextName[];
}

/**
 * Routing lives here, next to the types, so that a producer and its consumers cannot disagree on
 * where an event goes. Exhaustive: a new event type without a route does not compile.
 */
export const EVENT_ROUTES: Readonly<Record<EventType, EventDefinition>> = {
  'request.created.v1': { source: 'intake', consumers: ['audit'] },
  'request.updated.v1': { source: 'intake', consumers: ['audit'] },
  'request.attachment_added.v1': { source: 'intake', consumers: ['audit'] },
  'request.submitted.v1': { source: 'intake', consumers: ['review', 'audit'] },
  'request.resubmitted.v1': { source: 'intake', consumers: ['review', 'audit'] },
  'request.withdrawn.v1': { source: 'intake', consumers: ['review', 'audit'] },
  'request.returned.v1': { source: 'review', consumers: ['intake', 'audit'] },
  // The ledger's own events go into the ledger like everyone else's.
  'audit.accessed.v1': { source: 'audit', consumers: ['audit'] },
  // Every context is a source that may have to redeliver; each ignores requests meant for another.
  'audit.redelivery_requested.v1': { source: 'audit', consumers: CONTEXTS },
};

export const EVENT_TYPES = Object.keys(EVENT_ROUTES) as EventType[];

/** The one BullMQ queue a context consumes from. */
export function eventQueueName(context: ContextName): string {
  return `events.${context}`;
}

export function consumersOf(type: EventType): readonly ContextName[] {
  return EVENT_ROUTES[type].consumers;
}

export function eventsConsumedBy(context: ContextName): EventType[] {
  return EVENT_TYPES.filter((type) => EVENT_ROUTES[type].consumers.includes(context));
}

export function isKnownEventType(type: string): type is EventType {
  return Object.hasOwn(EVENT_ROUTES, type);
}
