import { ExpertKind, ReviewStage } from '@qaztech/contracts';
import { DomainError, Principal, Role } from '@qaztech/platform';
import { ReviewError } from './review-errors';

/** Who works each stage's queue. */
export const STAGE_ROLE: Readonly<Record<ReviewStage, Role>> = {
  screening: 'commission.secretary',
  technical: 'expert.technical',
  security: 'expert.security',
  legal: 'expert.legal',
  agenda: 'commission.secretary',
};

export const REVIEW_STAFF_ROLES: [Role, ...Role[]] = [
  'commission.secretary',
  'expert.technical',
  'expert.security',
  'expert.legal',
  'commission.member',
  'commission.chair',
];

export function isExpertStage(stage: ReviewStage): stage is ExpertKind {
  return stage === 'technical' || stage === 'security' || stage === 'legal';
}

export function assertWorksStage(principal: Principal, stage: ReviewStage): void {
  if (!principal.roles.includes(STAGE_ROLE[stage])) throw new DomainError(ReviewError.WRONG_STAGE_ROLE, [], { stage });
}
