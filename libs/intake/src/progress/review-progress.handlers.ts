import { Injectable } from '@nestjs/common';
import { DecisionIssuedV1, RequestAction } from '@qaztech/contracts';
import { RequestRepository } from '../requests/request.repository';
import { LifecycleFollower } from './lifecycle-follower';

@Injectable()
export class ScreeningStartedHandler extends LifecycleFollower<'request.screening_started.v1'> {
  readonly eventType = 'request.screening_started.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'start_screening';
  }
}

@Injectable()
export class AcceptedForReviewHandler extends LifecycleFollower<'request.accepted_for_review.v1'> {
  readonly eventType = 'request.accepted_for_review.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'accept_for_review';
  }
}

@Injectable()
export class PlacedOnAgendaHandler extends LifecycleFollower<'request.placed_on_agenda.v1'> {
  readonly eventType = 'request.placed_on_agenda.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'place_on_agenda';
  }
}

@Injectable()
export class RequestDeferredHandler extends LifecycleFollower<'request.deferred.v1'> {
  readonly eventType = 'request.deferred.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'defer';
  }
}

/** Only outcomes that end the case decide it; a return or a deferral has its own event. */
@Injectable()
export class DecisionIssuedHandler extends LifecycleFollower<'decision.issued.v1'> {
  readonly eventType = 'decision.issued.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(payload: DecisionIssuedV1): RequestAction | undefined {
    return ['approved', 'approved_with_conditions', 'rejected'].includes(payload.outcome) ? 'decide' : undefined;
  }
}

@Injectable()
export class DecisionRevokedHandler extends LifecycleFollower<'decision.revoked.v1'> {
  readonly eventType = 'decision.revoked.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'revoke';
  }
}

@Injectable()
export class ExemptionExpiredHandler extends LifecycleFollower<'exemption.expired.v1'> {
  readonly eventType = 'exemption.expired.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'expire';
  }
}

@Injectable()
export class ReconsiderationRequestedHandler extends LifecycleFollower<'reconsideration.requested.v1'> {
  readonly eventType = 'reconsideration.requested.v1' as const;
  constructor(requests: RequestRepository) {
    super(requests);
  }
  protected actionOf(): RequestAction {
    return 'request_reconsideration';
  }
}

export const REVIEW_PROGRESS_HANDLERS = [
  ScreeningStartedHandler,
  AcceptedForReviewHandler,
  PlacedOnAgendaHandler,
  RequestDeferredHandler,
  DecisionIssuedHandler,
  DecisionRevokedHandler,
  ExemptionExpiredHandler,
  ReconsiderationRequestedHandler,
];
