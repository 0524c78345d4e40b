import { Injectable, Type } from '@nestjs/common';
import { EventCatalogue, EventType, RequestAction } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { RequestRepository } from '../requests/request.repository';
import { LifecycleFollower } from './lifecycle-follower';

/** A handler class for one review event, built like any other so Nest can inject it. */
function follower<T extends EventType>(
  eventType: T,
  actionOf: (payload: EventCatalogue[T]) => RequestAction | undefined,
): Type<EventHandler> {
  @Injectable()
  class Follower extends LifecycleFollower<T> {
    readonly eventType = eventType;

    constructor(requests: RequestRepository) {
      super(requests);
    }

    protected actionOf(payload: EventCatalogue[T]): RequestAction | undefined {
      return actionOf(payload);
    }
  }
  // Logs and errors name the event the class follows.
  Object.defineProperty(Follower, 'name', { value: `Follower(${eventType})` });
  return Follower;
}

/** Review's events that move the status agencies see, and the lifecycle action each stands for. */
export const REVIEW_PROGRESS_HANDLERS: Type<EventHandler>[] = [
  follower('request.screening_started.v1', () => 'start_screening'),
  follower('request.accepted_for_review.v1', () => 'accept_for_review'),
  follower('request.placed_on_agenda.v1', () => 'place_on_agenda'),
  follower('request.deferred.v1', () => 'defer'),
  // Only outcomes that end the case decide it; a return or a deferral has its own event.
  follower('decision.issued.v1', (payload) =>
    ['approved', 'approved_with_conditions', 'rejected'].includes(payload.outcome) ? 'decide' : undefined,
  ),
  follower('decision.revoked.v1', () => 'revoke'),
  follower('exemption.expired.v1', () => 'expire'),
  follower('reconsideration.requested.v1', () => 'request_reconsideration'),
];
