import { CounterOfferV1, ExpertKind, GapAnswerV1, ReasonRatingV1 } from '@qaztech/contracts';
import { OpinionEntity } from './opinion.entity';

export interface OpinionView {
  id: string;
  requestId: string;
  version: number;
  round: number;
  kind: ExpertKind;
  verdict: string;
  findings: string;
  proposedConditions: string[];
  gapAnswers: GapAnswerV1[];
  counterOffer: CounterOfferV1 | null;
  reasonRatings: ReasonRatingV1[];
  authorId: string;
  authorName: string;
  submittedAt: string;
}

export function toOpinionView(opinion: OpinionEntity): OpinionView {
  const { id, requestId, version, round, kind, verdict, findings, proposedConditions, authorId, authorName } = opinion;
  return {
    id,
    requestId,
    version,
    round,
    kind,
    verdict,
    findings,
    proposedConditions,
    gapAnswers: opinion.gapAnswers ?? [],
    counterOffer: opinion.counterOffer ?? null,
    reasonRatings: opinion.reasonRatings ?? [],
    authorId,
    authorName,
    submittedAt: opinion.submittedAt.toISOString(),
  };
}
