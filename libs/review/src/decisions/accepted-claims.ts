import { AcceptedGapV1, CapabilityGap, DecisionOutcome, GapAnswerV1, MissingCapabilityV1, RequestContentV1 } from '@qaztech/contracts';
import { FieldError } from '@qaztech/platform';
import { ReviewFieldError } from '../shared/review-errors';
import { isFinal } from './decision-rules';

export interface AcceptedClaimsInput {
  outcome: DecisionOutcome;
  acceptedReasons?: readonly number[];
  acceptedGaps?: readonly { reasonIndex: number; capabilityId: string }[];
  bindCounterOffer?: boolean;
}

/** What the experts said that the decision builds on: the operator's answers and whether it offered the platform. */
export interface OpinionsOnClaims {
  gapAnswers: readonly GapAnswerV1[];
  hasCounterOffer: boolean;
}

export interface AcceptedClaims {
  acceptedReasons: number[];
  acceptedGaps: AcceptedGapV1[];
  capabilitiesFoundMissing: MissingCapabilityV1[];
}

function gapOf(content: RequestContentV1, reasonIndex: number, capabilityId: string): CapabilityGap | undefined {
  return content.justification?.reasons?.[reasonIndex]?.capabilities?.find((claim) => claim?.capabilityId === capabilityId)?.gap;
}

/**
 * Which claims a decision may accept: reasons the decided version gives, capability gaps one of
 * its accepted reasons claims and the operator did not answer as unknown to the catalogue; and a
 * counter-offer binds the operator only when the Commission refuses on it.
 */
export function acceptedClaimProblems(content: RequestContentV1, input: AcceptedClaimsInput, opinions: OpinionsOnClaims): FieldError[] {
  const problems: FieldError[] = [];
  const params = { outcome: input.outcome };
  if (!isFinal(input.outcome)) {
    for (const field of ['acceptedReasons', 'acceptedGaps'] as const) {
      if (input[field]?.length) problems.push({ field, code: ReviewFieldError.NOT_EXPECTED_FOR_OUTCOME, params });
    }
  }
  const reasons = content.justification?.reasons ?? [];
  const accepted = new Set(input.acceptedReasons ?? []);
  (input.acceptedReasons ?? []).forEach((reasonIndex, index) => {
    if (reasonIndex >= reasons.length) problems.push({ field: `acceptedReasons.${index}`, code: ReviewFieldError.NO_SUCH_REASON });
  });
  (input.acceptedGaps ?? []).forEach(({ reasonIndex, capabilityId }, index) => {
    const at = `acceptedGaps.${index}`;
    const answer = opinions.gapAnswers.find((given) => given.reasonIndex === reasonIndex && given.capabilityId === capabilityId);
    if (!gapOf(content, reasonIndex, capabilityId)) problems.push({ field: at, code: ReviewFieldError.NOT_CLAIMED });
    else if (!accepted.has(reasonIndex)) problems.push({ field: at, code: ReviewFieldError.REASON_NOT_ACCEPTED });
    else if (answer?.answer === 'not_in_catalogue') problems.push({ field: at, code: ReviewFieldError.NOT_IN_CATALOGUE });
  });
  if (input.bindCounterOffer) {
    if (input.outcome !== 'rejected') problems.push({ field: 'bindCounterOffer', code: ReviewFieldError.ONLY_ON_REFUSAL });
    else if (!opinions.hasCounterOffer) problems.push({ field: 'bindCounterOffer', code: ReviewFieldError.NO_COUNTER_OFFER });
  }
  return problems;
}

/**
 * The accepted claims as the decision records them, and the capabilities found missing: one per
 * capability, `absent` when any accepted claim found it absent. Call only once the input passed.
 */
export function acceptedClaims(content: RequestContentV1, input: AcceptedClaimsInput): AcceptedClaims {
  const acceptedReasons = [...new Set(input.acceptedReasons ?? [])].sort((a, b) => a - b);
  const acceptedGaps = (input.acceptedGaps ?? []).map(({ reasonIndex, capabilityId }) => ({
    reasonIndex,
    capabilityId,
    gap: gapOf(content, reasonIndex, capabilityId) ?? 'absent',
  }));
  const missing = new Map<string, CapabilityGap>();
  for (const { capabilityId, gap } of acceptedGaps) {
    missing.set(capabilityId, missing.get(capabilityId) === 'absent' ? 'absent' : gap);
  }
  const capabilitiesFoundMissing = [...missing.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([capabilityId, gap]) => ({ capabilityId, gap }));
  return { acceptedReasons, acceptedGaps, capabilitiesFoundMissing };
}
