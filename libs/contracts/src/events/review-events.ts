import { AcceptedGapV1, CounterOfferV1, GapAnswerV1, MissingCapabilityV1, ReasonRatingV1 } from './claim-events';
import { ActSignatureV1 } from './act-signature';

/** The review stages that hold work for people, in the order a case meets them. */
export const REVIEW_STAGES = ['screening', 'technical', 'security', 'legal', 'agenda'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const EXPERT_KINDS = ['technical', 'security', 'legal'] as const;
export type ExpertKind = (typeof EXPERT_KINDS)[number];

export interface TaskRefV1 {
  taskId: string;
  requestId: string;
  version: number;
  stage: ReviewStage;
}

export interface TaskCreatedV1 extends TaskRefV1 {
  dueDate: string;
  priority: number;
}

export interface TaskClaimedV1 extends TaskRefV1 {
  assigneeId: string;
  assigneeName: string;
}

/** Why a held task went back to its queue; absent on releases recorded before reasons were. */
export type TaskReleaseReason = 'released_by_holder' | 'released_by_secretary' | 'claim_lease_expired';

export interface TaskReleasedV1 extends TaskRefV1 {
  previousAssigneeId: string;
  reason?: TaskReleaseReason;
}

export interface TaskAssignedV1 extends TaskRefV1 {
  assigneeId: string;
  assigneeName: string;
  previousAssigneeId: string | null;
}

export interface TaskCancelledV1 extends TaskRefV1 {
  reason: 'withdrawn' | 'superseded';
}

export interface ScreeningStartedV1 {
  requestId: string;
  version: number;
  taskId: string;
}

export interface AcceptedForReviewV1 {
  requestId: string;
  version: number;
  expertTaskIds: string[];
}

export const OPINION_VERDICTS = ['supports', 'supports_with_conditions', 'objects'] as const;
export type OpinionVerdict = (typeof OPINION_VERDICTS)[number];

/** Internal to the Commission and the audit ledger: security findings are never published. */
export interface OpinionSubmittedV1 {
  opinionId: string;
  requestId: string;
  version: number;
  kind: ExpertKind;
  verdict: OpinionVerdict;
  findings: string;
  proposedConditions: string[];
  /** Technical opinions: an answer to every claimed gap. Absent on opinions given before claims existed. */
  gapAnswers?: GapAnswerV1[];
  /** Technical opinions where the platform can serve; null otherwise. */
  counterOffer?: CounterOfferV1 | null;
  /** Security and legal opinions: a rating of every reason. */
  reasonRatings?: ReasonRatingV1[];
  /** The expert's qualified signature over the opinion, when signed. */
  signature?: ActSignatureV1;
}

export interface ReadyForAgendaV1 {
  requestId: string;
  version: number;
  opinions: { kind: ExpertKind; verdict: OpinionVerdict }[];
}

export interface MeetingMemberV1 {
  id: string;
  name: string;
  /** BIN of the organisation the member works for; a member of the applicant is recused. */
  organisationBin: string | null;
  chair: boolean;
}

export interface MeetingScheduledV1 {
  meetingId: string;
  date: string;
  protocolNumber: string;
  members: MeetingMemberV1[];
}

export interface AttendanceRecordedV1 {
  meetingId: string;
  present: string[];
}

export interface PlacedOnAgendaV1 {
  requestId: string;
  version: number;
  meetingId: string;
  meetingDate: string;
  itemId: string;
}

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export interface VoteCastV1 {
  requestId: string;
  meetingId: string;
  itemId: string;
  memberId: string;
  choice: VoteChoice;
  reason: string | null;
}

export type RecusalGrounds = 'applicant_organisation' | 'declared_conflict';

export interface VoteRecusedV1 {
  requestId: string;
  meetingId: string;
  itemId: string;
  memberId: string;
  grounds: RecusalGrounds;
  reason: string | null;
}

export interface VoteTallyV1 {
  for: number;
  against: number;
  abstain: number;
  recused: number;
  present: number;
  membership: number;
  quorumMet: boolean;
  /** The chair's vote, when it broke a tie. */
  castingVote: 'for' | 'against' | null;
}

export type AgendaItemOutcome = 'carried' | 'not_carried' | 'no_quorum';

export interface AgendaItemClosedV1 {
  requestId: string;
  meetingId: string;
  itemId: string;
  outcome: AgendaItemOutcome;
  tally: VoteTallyV1;
}

export interface RequestDeferredV1 {
  requestId: string;
  version: number;
  meetingId: string;
  reason: 'no_quorum' | 'decision';
}

export const DECISION_OUTCOMES = ['approved', 'approved_with_conditions', 'rejected', 'returned_for_revision', 'deferred'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface DecisionConditionV1 {
  text: string;
  owner: string;
  dueDate: string;
}

/**
 * Everything the public register shows, and nothing it must not: no attachments, no expert
 * findings, no personal data beyond the chair's name and position.
 */
export interface DecisionIssuedV1 {
  decisionId: string;
  decisionNumber: string;
  registrationNumber: string;
  requestId: string;
  version: number;
  /** The decision a reconsideration reviewed, when this one comes from it. */
  reconsideredDecisionId: string | null;
  applicant: { bin: string; nameKk: string; nameRu: string };
  system: { titleKk: string; titleRu: string; titleEn: string | null };
  reasonCategories: string[];
  dataCategories: string[];
  budget: { amountKzt: string; fundingSource: string | null };
  outcome: DecisionOutcome;
  conditions: DecisionConditionV1[];
  validUntil: string | null;
  reasoning: { kk: string; ru: string; en: string | null };
  meeting: { id: string; date: string; protocolNumber: string };
  tally: VoteTallyV1;
  issuedAt: string;
  chair: { name: string; position: string };
  /** The reasons (positions in the decided version) the Commission accepted. Absent on decisions before claims. */
  acceptedReasons?: number[];
  /** The claimed capability gaps the Commission accepted. */
  acceptedGaps?: AcceptedGapV1[];
  /** The capabilities the Commission found missing from QazTech: the accepted gaps, one per capability. */
  capabilitiesFoundMissing?: MissingCapabilityV1[];
  /** The chair's qualified signature over the decision, when signed: published with it. */
  signature?: ActSignatureV1;
}

export interface DecisionRevokedV1 {
  decisionId: string;
  decisionNumber: string;
  requestId: string;
  reasons: string;
  revokedAt: string;
  /** The chair's qualified signature over the revocation, when signed. */
  signature?: ActSignatureV1;
}

/** The secretary signed the meeting's minutes as they stood. */
export interface MinutesSignedV1 {
  meetingId: string;
  protocolNumber: string;
  signature: ActSignatureV1;
}

export interface ReconsiderationRequestedV1 {
  requestId: string;
  decisionId: string;
  version: number;
  grounds: string;
  /** People who may not review the linked case: the authors of the opinions it reconsiders. */
  excludedReviewers: string[];
  expertTaskIds: string[];
}

export interface ExemptionExpiredV1 {
  decisionId: string;
  decisionNumber: string;
  requestId: string;
  validUntil: string;
}

export interface DeadlineMissedV1 {
  /** Null when the whole case, not one task, missed its deadline. */
  taskId: string | null;
  requestId: string;
  stage: ReviewStage | 'case';
  dueDate: string;
  assigneeId: string | null;
  escalatedTo: 'commission.secretary';
}

export const CALENDAR_DAY_KINDS = ['day_off', 'working_day'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export interface CalendarDayV1 {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface CalendarUpdatedV1 {
  year: number;
  days: CalendarDayV1[];
}
