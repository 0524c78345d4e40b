import { Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventCatalogue, EventEnvelope, EventType, isAheadOf, nextStatus, RequestAction } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { RequestRepository } from '../requests/request.repository';

/** Thrown for an event whose predecessor has not been handled yet: the queue retries it later. */
export class EventArrivedEarly extends Error {
  override name = 'EventArrivedEarly';
}

/**
 * Intake owns the status agencies see; review's events move it through the lifecycle table. An
 * event that the table does not allow any more (the agency withdrew meanwhile) is recorded as
 * handled and changes nothing, because a retry could never make it apply. An event that comes
 * before the one it follows (workers handle events concurrently) fails, and its retry, after
 * the queue's backoff, finds the request where it applies.
 */
export abstract class LifecycleFollower<T extends EventType> implements EventHandler<T> {
  abstract readonly eventType: T;
  private readonly logger = new Logger('LifecycleFollower');

  constructor(private readonly requests: RequestRepository) {}

  /** The lifecycle action the event stands for, or undefined when it moves nothing. */
  protected abstract actionOf(payload: EventCatalogue[T]): RequestAction | undefined;

  async handle(event: EventEnvelope<T, EventCatalogue[T]>, manager: EntityManager): Promise<void> {
    const action = this.actionOf(event.payload);
    if (!action || !event.aggregateId) return;
    const request = await this.requests.lockForSystem(manager, event.aggregateId);
    const next = request && nextStatus(request.status, action);
    if (request && !next && isAheadOf(request.status, action)) {
      throw new EventArrivedEarly(`${event.type} ${event.id} came before the request reached a status it applies to (${request.status})`);
    }
    if (!request || !next) {
      this.logger.warn({
        msg: 'review event ignored: the request is not in a state it applies to',
        eventId: event.id,
        type: event.type,
        requestId: event.correlationId,
        status: request?.status ?? 'missing',
      });
      return;
    }
    if (next === request.status) return;
    request.status = next;
    request.rowVersion += 1;
    await this.requests.save(manager, request);
  }
}
