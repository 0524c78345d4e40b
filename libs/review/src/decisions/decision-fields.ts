import { DecisionOutcome } from '@qaztech/contracts';
import { FieldError, FieldErrorCode } from '@qaztech/platform';
import { isApproval } from './decision-rules';
import { ReviewFieldError } from '../shared/review-errors';

export interface DecisionFields {
  outcome: DecisionOutcome;
  conditions?: readonly { dueDate: string }[];
  validUntil?: string;
}

/** What each outcome requires and refuses: conditions for a conditional approval, a validity end for any. */
export function decisionFieldProblems(fields: DecisionFields, today: string): FieldError[] {
  const problems: FieldError[] = [];
  const params = { outcome: fields.outcome };
  const conditional = fields.outcome === 'approved_with_conditions';
  if (conditional && !fields.conditions?.length) problems.push({ field: 'conditions', code: FieldErrorCode.REQUIRED });
  if (!conditional && fields.conditions?.length)
    problems.push({ field: 'conditions', code: ReviewFieldError.NOT_EXPECTED_FOR_OUTCOME, params });
  fields.conditions?.forEach((condition, index) => {
    if (condition.dueDate <= today) problems.push({ field: `conditions.${index}.dueDate`, code: ReviewFieldError.DATE_IN_PAST });
  });
  if (isApproval(fields.outcome)) {
    if (!fields.validUntil) problems.push({ field: 'validUntil', code: FieldErrorCode.REQUIRED });
    else if (fields.validUntil <= today) problems.push({ field: 'validUntil', code: ReviewFieldError.DATE_IN_PAST });
  } else if (fields.validUntil) {
    problems.push({ field: 'validUntil', code: ReviewFieldError.NOT_EXPECTED_FOR_OUTCOME, params });
  }
  return problems;
}
