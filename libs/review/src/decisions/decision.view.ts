import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CAPABILITY_GAPS,
  CapabilityGap,
  DECISION_OUTCOMES,
  DecisionIssuedV1,
  DecisionOutcome,
  DecisionRevokedV1,
  ReconsiderationRequestedV1,
} from '@qaztech/contracts';
import { ActSignatureView, toActSignatureView } from '@qaztech/platform';
import { VoteTallyView } from '../meetings/vote.view';
import { DecisionStatus } from './decision.entity';

/*
 * What the HTTP API answers about a decision. Each field is copied from the event by name, so a
 * new version of an event changes the API only when these classes change with it.
 */

export class DecisionConditionView {
  @ApiProperty() text!: string;
  @ApiProperty() owner!: string;
  @ApiProperty({ example: '2027-06-30' }) dueDate!: string;
}

export class DecisionApplicantView {
  @ApiProperty() bin!: string;
  @ApiProperty() nameKk!: string;
  @ApiProperty() nameRu!: string;
}

export class DecisionSystemView {
  @ApiProperty() titleKk!: string;
  @ApiProperty() titleRu!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) titleEn!: string | null;
}

export class DecisionBudgetView {
  @ApiProperty({ description: 'Tenge, as a decimal string' }) amountKzt!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) fundingSource!: string | null;
}

export class DecisionReasoningView {
  @ApiProperty() kk!: string;
  @ApiProperty() ru!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) en!: string | null;
}

export class DecisionMeetingView {
  @ApiProperty() id!: string;
  @ApiProperty() date!: string;
  @ApiProperty() protocolNumber!: string;
}

export class DecisionChairView {
  @ApiProperty() name!: string;
  @ApiProperty() position!: string;
}

export class AcceptedGapView {
  @ApiProperty() reasonIndex!: number;
  @ApiProperty() capabilityId!: string;
  @ApiProperty({ enum: CAPABILITY_GAPS }) gap!: CapabilityGap;
}

export class MissingCapabilityView {
  @ApiProperty() capabilityId!: string;
  @ApiProperty({ enum: CAPABILITY_GAPS }) gap!: CapabilityGap;
}

export class IssuedDecisionView {
  @ApiProperty() decisionId!: string;
  @ApiProperty({ example: 'QTX-D-2026-0001' }) decisionNumber!: string;
  @ApiProperty() registrationNumber!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty() version!: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The decision a reconsideration reviewed' })
  reconsideredDecisionId!: string | null;
  @ApiProperty({ type: () => DecisionApplicantView }) applicant!: DecisionApplicantView;
  @ApiProperty({ type: () => DecisionSystemView }) system!: DecisionSystemView;
  @ApiProperty({ type: [String] }) reasonCategories!: string[];
  @ApiProperty({ type: [String] }) dataCategories!: string[];
  @ApiProperty({ type: () => DecisionBudgetView }) budget!: DecisionBudgetView;
  @ApiProperty({ enum: DECISION_OUTCOMES }) outcome!: DecisionOutcome;
  @ApiProperty({ type: () => [DecisionConditionView] }) conditions!: DecisionConditionView[];
  @ApiPropertyOptional({ nullable: true, type: String }) validUntil!: string | null;
  @ApiProperty({ type: () => DecisionReasoningView }) reasoning!: DecisionReasoningView;
  @ApiProperty({ type: () => DecisionMeetingView }) meeting!: DecisionMeetingView;
  @ApiProperty({ type: () => VoteTallyView }) tally!: VoteTallyView;
  @ApiProperty() issuedAt!: string;
  @ApiProperty({ type: () => DecisionChairView }) chair!: DecisionChairView;
  @ApiProperty({ type: [Number], description: 'The reasons (by position) the decision accepted' }) acceptedReasons!: number[];
  @ApiProperty({ type: () => [AcceptedGapView], description: 'The capability gaps the decision accepted' })
  acceptedGaps!: AcceptedGapView[];
  @ApiProperty({ type: () => [MissingCapabilityView] }) capabilitiesFoundMissing!: MissingCapabilityView[];
  @ApiPropertyOptional({ type: () => ActSignatureView, nullable: true, description: "The chair's qualified signature, when signed" })
  signature!: ActSignatureView | null;
}

export class DecisionView extends IssuedDecisionView {
  @ApiProperty({
    enum: ['in_force', 'final', 'not_final', 'superseded', 'revoked', 'expired'],
    description: 'Where the decision stands now',
  })
  status!: DecisionStatus;
  @ApiPropertyOptional({ nullable: true, type: String }) revokedAt!: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) reconsiderationRequestedAt!: string | null;
}

export class RevokedDecisionView {
  @ApiProperty() decisionId!: string;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty() requestId!: string;
  @ApiProperty() reasons!: string;
  @ApiProperty() revokedAt!: string;
  @ApiPropertyOptional({ type: () => ActSignatureView, nullable: true, description: "The chair's qualified signature, when signed" })
  signature!: ActSignatureView | null;
}

export class ReconsiderationView {
  @ApiProperty() requestId!: string;
  @ApiProperty() decisionId!: string;
  @ApiProperty({ description: 'The request version the reconsideration reviews' }) version!: number;
  @ApiProperty() grounds!: string;
  @ApiProperty({ type: [String], description: 'Who may not review the reconsideration: the authors of the opinions it reconsiders' })
  excludedReviewers!: string[];
  @ApiProperty({ type: [String] }) expertTaskIds!: string[];
}

export function toIssuedDecisionView(decision: DecisionIssuedV1): IssuedDecisionView {
  const { applicant, system, budget, reasoning, meeting, tally, chair } = decision;
  return {
    decisionId: decision.decisionId,
    decisionNumber: decision.decisionNumber,
    registrationNumber: decision.registrationNumber,
    requestId: decision.requestId,
    version: decision.version,
    reconsideredDecisionId: decision.reconsideredDecisionId,
    applicant: { bin: applicant.bin, nameKk: applicant.nameKk, nameRu: applicant.nameRu },
    system: { titleKk: system.titleKk, titleRu: system.titleRu, titleEn: system.titleEn },
    reasonCategories: [...decision.reasonCategories],
    dataCategories: [...decision.dataCategories],
    budget: { amountKzt: budget.amountKzt, fundingSource: budget.fundingSource },
    outcome: decision.outcome,
    conditions: decision.conditions.map(({ text, owner, dueDate }) => ({ text, owner, dueDate })),
    validUntil: decision.validUntil,
    reasoning: { kk: reasoning.kk, ru: reasoning.ru, en: reasoning.en },
    meeting: { id: meeting.id, date: meeting.date, protocolNumber: meeting.protocolNumber },
    tally: toTallyView(tally),
    issuedAt: decision.issuedAt,
    chair: { name: chair.name, position: chair.position },
    acceptedReasons: [...(decision.acceptedReasons ?? [])],
    acceptedGaps: (decision.acceptedGaps ?? []).map(({ reasonIndex, capabilityId, gap }) => ({ reasonIndex, capabilityId, gap })),
    capabilitiesFoundMissing: (decision.capabilitiesFoundMissing ?? []).map(({ capabilityId, gap }) => ({ capabilityId, gap })),
    signature: toActSignatureView(decision.signature),
  };
}

export function toTallyView(tally: VoteTallyView): VoteTallyView {
  const { for: inFavour, against, abstain, recused, present, membership, quorumMet, castingVote } = tally;
  return { for: inFavour, against, abstain, recused, present, membership, quorumMet, castingVote };
}

export function toRevokedDecisionView(revoked: DecisionRevokedV1): RevokedDecisionView {
  const { decisionId, decisionNumber, requestId, reasons, revokedAt } = revoked;
  return { decisionId, decisionNumber, requestId, reasons, revokedAt, signature: toActSignatureView(revoked.signature) };
}

export function toReconsiderationView(requested: ReconsiderationRequestedV1): ReconsiderationView {
  const { requestId, decisionId, version, grounds } = requested;
  return {
    requestId,
    decisionId,
    version,
    grounds,
    excludedReviewers: [...requested.excludedReviewers],
    expertTaskIds: [...requested.expertTaskIds],
  };
}
