import { AuditAccessedV1, PublicationAnchoredV1, RedeliveryRequestedV1 } from './audit-events';
import { PlatformObligationRecordedV1 } from './claim-events';
import { CapabilityCreatedV1, CapabilityRetiredV1, CapabilityStatusChangedV1, CapabilityUpdatedV1 } from './catalogue-events';
import { GlossaryTermAddedV1, InventoryImportedV1, OverlapReportComputedV1, SimilarDecisionsFoundV1 } from './overlap-events';
import { CONTEXTS, ContextName } from './envelope';
import {
  DecisionPublishedV1,
  DecisionPublishedV2,
  WebhookSecretRotatedV1,
  WebhookSubscriptionCreatedV1,
  WebhookSubscriptionDisabledV1,
} from './registry-events';
import {
  AttachmentAddedV1,
  RequestCreatedV1,
  RequestReturnedV1,
  RequestSubmittedV1,
  RequestUpdatedV1,
  RequestWithdrawnV1,
} from './request-events';
import {
  AcceptedForReviewV1,
  AgendaItemClosedV1,
  AttendanceRecordedV1,
  CalendarUpdatedV1,
  DeadlineMissedV1,
  DecisionIssuedV1,
  DecisionRevokedV1,
  ExemptionExpiredV1,
  MeetingScheduledV1,
  MinutesSignedV1,
  OpinionSubmittedV1,
  PlacedOnAgendaV1,
  ReadyForAgendaV1,
  ReconsiderationRequestedV1,
  RequestDeferredV1,
  ScreeningStartedV1,
  TaskAssignedV1,
  TaskCancelledV1,
  TaskClaimedV1,
  TaskCreatedV1,
  TaskReleasedV1,
  VoteCastV1,
  VoteRecusedV1,
} from './review-events';

/** Every event type with its payload. The name carries the version: a new shape is a new name. */
export interface EventCatalogue {
  'request.created.v1': RequestCreatedV1;
  'request.updated.v1': RequestUpdatedV1;
  'request.attachment_added.v1': AttachmentAddedV1;
  'request.submitted.v1': RequestSubmittedV1;
  'request.resubmitted.v1': RequestSubmittedV1;
  'request.withdrawn.v1': RequestWithdrawnV1;
  'request.returned.v1': RequestReturnedV1;
  'review.task_created.v1': TaskCreatedV1;
  'review.task_claimed.v1': TaskClaimedV1;
  'review.task_released.v1': TaskReleasedV1;
  'review.task_assigned.v1': TaskAssignedV1;
  'review.task_cancelled.v1': TaskCancelledV1;
  'request.screening_started.v1': ScreeningStartedV1;
  'request.accepted_for_review.v1': AcceptedForReviewV1;
  'review.opinion_submitted.v1': OpinionSubmittedV1;
  'request.ready_for_agenda.v1': ReadyForAgendaV1;
  'meeting.scheduled.v1': MeetingScheduledV1;
  'meeting.attendance_recorded.v1': AttendanceRecordedV1;
  'meeting.minutes_signed.v1': MinutesSignedV1;
  'request.placed_on_agenda.v1': PlacedOnAgendaV1;
  'vote.cast.v1': VoteCastV1;
  'vote.recused.v1': VoteRecusedV1;
  'agenda.item_closed.v1': AgendaItemClosedV1;
  'request.deferred.v1': RequestDeferredV1;
  'decision.issued.v1': DecisionIssuedV1;
  'decision.revoked.v1': DecisionRevokedV1;
  'platform.obligation_recorded.v1': PlatformObligationRecordedV1;
  'reconsideration.requested.v1': ReconsiderationRequestedV1;
  'exemption.expired.v1': ExemptionExpiredV1;
  'deadline.missed.v1': DeadlineMissedV1;
  'calendar.updated.v1': CalendarUpdatedV1;
  'decision.published.v1': DecisionPublishedV1;
  'decision.published.v2': DecisionPublishedV2;
  'webhook.subscription_created.v1': WebhookSubscriptionCreatedV1;
  'webhook.subscription_disabled.v1': WebhookSubscriptionDisabledV1;
  'webhook.secret_rotated.v1': WebhookSecretRotatedV1;
  'audit.accessed.v1': AuditAccessedV1;
  'audit.redelivery_requested.v1': RedeliveryRequestedV1;
  'audit.publication_anchored.v1': PublicationAnchoredV1;
  'catalogue.capability_created.v1': CapabilityCreatedV1;
  'catalogue.capability_updated.v1': CapabilityUpdatedV1;
  'catalogue.capability_status_changed.v1': CapabilityStatusChangedV1;
  'catalogue.capability_retired.v1': CapabilityRetiredV1;
  'catalogue.inventory_imported.v1': InventoryImportedV1;
  'catalogue.glossary_term_added.v1': GlossaryTermAddedV1;
  'overlap.report_computed.v1': OverlapReportComputedV1;
  'overlap.similar_decisions_found.v1': SimilarDecisionsFoundV1;
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
  // The catalogue keeps each submitted version to find overlaps with it and in it.
  'request.submitted.v1': { source: 'intake', consumers: ['review', 'catalogue', 'audit'] },
  'request.resubmitted.v1': { source: 'intake', consumers: ['review', 'catalogue', 'audit'] },
  'request.withdrawn.v1': { source: 'intake', consumers: ['review', 'catalogue', 'audit'] },
  'request.returned.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'review.task_created.v1': { source: 'review', consumers: ['audit'] },
  'review.task_claimed.v1': { source: 'review', consumers: ['audit'] },
  'review.task_released.v1': { source: 'review', consumers: ['audit'] },
  'review.task_assigned.v1': { source: 'review', consumers: ['audit'] },
  'review.task_cancelled.v1': { source: 'review', consumers: ['audit'] },
  'request.screening_started.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'request.accepted_for_review.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'review.opinion_submitted.v1': { source: 'review', consumers: ['audit'] },
  'request.ready_for_agenda.v1': { source: 'review', consumers: ['audit'] },
  'meeting.scheduled.v1': { source: 'review', consumers: ['audit'] },
  'meeting.attendance_recorded.v1': { source: 'review', consumers: ['audit'] },
  'meeting.minutes_signed.v1': { source: 'review', consumers: ['audit'] },
  'request.placed_on_agenda.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'vote.cast.v1': { source: 'review', consumers: ['audit'] },
  'vote.recused.v1': { source: 'review', consumers: ['audit'] },
  'agenda.item_closed.v1': { source: 'review', consumers: ['audit'] },
  'request.deferred.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'decision.issued.v1': { source: 'review', consumers: ['intake', 'registry', 'audit'] },
  'decision.revoked.v1': { source: 'review', consumers: ['intake', 'registry', 'audit'] },
  // The applicant sees the operator's obligation through intake.
  'platform.obligation_recorded.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'reconsideration.requested.v1': { source: 'review', consumers: ['intake', 'audit'] },
  'exemption.expired.v1': { source: 'review', consumers: ['intake', 'registry', 'audit'] },
  'deadline.missed.v1': { source: 'review', consumers: ['audit'] },
  'calendar.updated.v1': { source: 'review', consumers: ['audit'] },
  // The register hears its own publications: webhook deliveries fan out from them.
  // The catalogue keeps published decisions as precedents.
  'decision.published.v1': { source: 'registry', consumers: ['registry', 'catalogue', 'audit'] },
  'decision.published.v2': { source: 'registry', consumers: ['registry', 'catalogue', 'audit'] },
  // Administration of the register's webhooks: facts for the ledger only.
  'webhook.subscription_created.v1': { source: 'registry', consumers: ['audit'] },
  'webhook.subscription_disabled.v1': { source: 'registry', consumers: ['audit'] },
  'webhook.secret_rotated.v1': { source: 'registry', consumers: ['audit'] },
  // The ledger's own events go into the ledger like everyone else's.
  'audit.accessed.v1': { source: 'audit', consumers: ['audit'] },
  // Every context is a source that may have to redeliver; each ignores requests meant for another.
  'audit.redelivery_requested.v1': { source: 'audit', consumers: CONTEXTS },
  // The register keeps where the ledger holds each of its records.
  'audit.publication_anchored.v1': { source: 'audit', consumers: ['registry', 'audit'] },
  // The catalogue's versions: the ledger holds its history.
  'catalogue.capability_created.v1': { source: 'catalogue', consumers: ['audit'] },
  'catalogue.capability_updated.v1': { source: 'catalogue', consumers: ['audit'] },
  'catalogue.capability_status_changed.v1': { source: 'catalogue', consumers: ['audit'] },
  'catalogue.capability_retired.v1': { source: 'catalogue', consumers: ['audit'] },
  'catalogue.inventory_imported.v1': { source: 'catalogue', consumers: ['audit'] },
  'catalogue.glossary_term_added.v1': { source: 'catalogue', consumers: ['audit'] },
  // Review shows each case's report on its screening and expert tasks.
  'overlap.report_computed.v1': { source: 'catalogue', consumers: ['review', 'audit'] },
  // The register shows similar published decisions beside each one.
  'overlap.similar_decisions_found.v1': { source: 'catalogue', consumers: ['registry', 'audit'] },
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
