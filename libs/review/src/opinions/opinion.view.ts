import { ExpertKind } from '@qaztech/contracts';
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
    authorId,
    authorName,
    submittedAt: opinion.submittedAt.toISOString(),
  };
}
