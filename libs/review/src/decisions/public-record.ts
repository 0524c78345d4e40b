import { DecisionIssuedV1, DecisionOutcome, VoteTallyV1 } from '@qaztech/contracts';
import { CaseEntity } from '../case/case.entity';
import { AcceptedClaims } from './accepted-claims';
import { DecisionConditionDto, ReasoningDto } from './issue-decision.dto';

export interface PublicRecordInput {
  decisionId: string;
  decisionNumber: string;
  request: CaseEntity;
  version: number;
  outcome: DecisionOutcome;
  conditions: readonly DecisionConditionDto[];
  validUntil: string | null;
  reasoning: ReasoningDto;
  meeting: { id: string; date: string; protocolNumber: string };
  tally: VoteTallyV1;
  issuedAt: Date;
  chair: { name: string; position: string };
  /** What the decision accepted of the request's claims. */
  claims: AcceptedClaims;
}

/**
 * The decision as the public register shows it. Built field by field from what may be published,
 * so nothing confidential (attachments, expert findings, contact persons) can slip in.
 */
export function publicRecord(input: PublicRecordInput): DecisionIssuedV1 {
  const { content } = input.request;
  return {
    decisionId: input.decisionId,
    decisionNumber: input.decisionNumber,
    registrationNumber: input.request.registrationNumber,
    requestId: input.request.id,
    version: input.version,
    reconsideredDecisionId: input.request.reconsideredDecisionId,
    applicant: { bin: input.request.agencyBin, nameKk: content.applicant?.nameKk ?? '', nameRu: content.applicant?.nameRu ?? '' },
    system: { titleKk: content.system?.titleKk ?? '', titleRu: content.system?.titleRu ?? '', titleEn: content.system?.titleEn ?? null },
    reasonCategories: [...new Set((content.justification?.reasons ?? []).map((reason) => reason.category ?? '').filter(Boolean))],
    dataCategories: [...(content.data?.categories ?? [])],
    budget: { amountKzt: content.budget?.amountKzt ?? '0.00', fundingSource: content.budget?.fundingSource ?? null },
    outcome: input.outcome,
    conditions: input.conditions.map(({ text, owner, dueDate }) => ({ text: text.trim(), owner: owner.trim(), dueDate })),
    validUntil: input.validUntil,
    reasoning: { kk: input.reasoning.kk.trim(), ru: input.reasoning.ru.trim(), en: input.reasoning.en?.trim() || null },
    meeting: input.meeting,
    tally: input.tally,
    issuedAt: input.issuedAt.toISOString(),
    chair: input.chair,
    acceptedReasons: [...input.claims.acceptedReasons],
    acceptedGaps: input.claims.acceptedGaps.map(({ reasonIndex, capabilityId, gap }) => ({ reasonIndex, capabilityId, gap })),
    capabilitiesFoundMissing: input.claims.capabilitiesFoundMissing.map(({ capabilityId, gap }) => ({ capabilityId, gap })),
  };
}
