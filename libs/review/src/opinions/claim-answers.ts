import { ExpertKind, GapAnswer, ReasonRating, RequestContentV1 } from '@qaztech/contracts';
import { FieldError, FieldErrorCode } from '@qaztech/platform';
import { ReviewFieldError } from '../shared/review-errors';

/** One capability a reason of the reviewed version claims the platform lacks. */
export interface ClaimRef {
  reasonIndex: number;
  capabilityId: string;
  /** Its position among the reason's capabilities. */
  claimIndex?: number;
}

export interface GapAnswerInput {
  reasonIndex: number;
  capabilityId: string;
  answer: GapAnswer;
  availableBy?: string | null;
}

export interface CounterOfferInput {
  capabilities: readonly string[];
  deliveryDate: string;
}

export interface ReasonRatingInput {
  reasonIndex: number;
  rating: ReasonRating;
  requiredAction?: string | null;
}

/** What an opinion says about the request's claims, beside its verdict. */
export interface ClaimAssessment {
  gapAnswers?: readonly GapAnswerInput[];
  counterOffer?: CounterOfferInput | null;
  reasonRatings?: readonly ReasonRatingInput[];
}

/** Answers that say the platform can serve, now or from a date: a counter-offer may offer only these. */
export const PLATFORM_CAN_SERVE: readonly GapAnswer[] = ['available_now', 'available_by'];

const keyOf = (claim: ClaimRef): string => `${claim.reasonIndex}/${claim.capabilityId}`;

/** Every capability each reason claims, in the order the request gives them. */
export function claimsOf(content: RequestContentV1): ClaimRef[] {
  return (content.justification?.reasons ?? []).flatMap((reason, reasonIndex) =>
    (reason.capabilities ?? []).flatMap((claim, claimIndex) =>
      claim?.capabilityId ? [{ reasonIndex, capabilityId: claim.capabilityId, claimIndex }] : [],
    ),
  );
}

function technicalProblems(content: RequestContentV1, body: ClaimAssessment, today: string): FieldError[] {
  const problems: FieldError[] = [];
  const claimed = new Set(claimsOf(content).map(keyOf));
  const answered = new Map<string, GapAnswerInput>();
  (body.gapAnswers ?? []).forEach((answer, index) => {
    const at = `gapAnswers.${index}`;
    const key = keyOf(answer);
    if (!claimed.has(key)) problems.push({ field: at, code: ReviewFieldError.NOT_CLAIMED });
    else if (answered.has(key)) problems.push({ field: at, code: FieldErrorCode.DUPLICATE_VALUE });
    else answered.set(key, answer);
    if (answer.answer === 'available_by' && !answer.availableBy)
      problems.push({ field: `${at}.availableBy`, code: FieldErrorCode.REQUIRED });
    if (answer.answer !== 'available_by' && answer.availableBy) {
      problems.push({ field: `${at}.availableBy`, code: ReviewFieldError.ONLY_WHEN_AVAILABLE_BY });
    }
    if (answer.availableBy && answer.availableBy <= today)
      problems.push({ field: `${at}.availableBy`, code: ReviewFieldError.DATE_IN_PAST });
  });
  for (const claim of claimsOf(content)) {
    if (!answered.has(keyOf(claim))) {
      problems.push({
        field: 'gapAnswers',
        code: ReviewFieldError.CLAIM_UNANSWERED,
        params: { reason: claim.reasonIndex + 1, claim: (claim.claimIndex ?? 0) + 1 },
      });
    }
  }
  problems.push(...counterOfferProblems([...answered.values()], body.counterOffer ?? null, today));
  return problems;
}

/** Where the platform can serve, the opinion offers it: which capabilities, by when, for how much. */
function counterOfferProblems(answers: readonly GapAnswerInput[], offer: CounterOfferInput | null, today: string): FieldError[] {
  const serving = answers.filter((answer) => PLATFORM_CAN_SERVE.includes(answer.answer));
  if (!offer) return serving.length > 0 ? [{ field: 'counterOffer', code: FieldErrorCode.REQUIRED }] : [];
  if (serving.length === 0) return [{ field: 'counterOffer', code: ReviewFieldError.NOTHING_TO_OFFER }];
  const problems: FieldError[] = [];
  offer.capabilities.forEach((capabilityId, index) => {
    if (!serving.some((answer) => answer.capabilityId === capabilityId)) {
      problems.push({ field: `counterOffer.capabilities.${index}`, code: ReviewFieldError.NOT_OFFERABLE });
    }
  });
  const latest = serving
    .filter((answer) => offer.capabilities.includes(answer.capabilityId))
    .map((answer) => answer.availableBy ?? '')
    .reduce((a, b) => (a > b ? a : b), '');
  if (offer.deliveryDate <= today) problems.push({ field: 'counterOffer.deliveryDate', code: ReviewFieldError.DATE_IN_PAST });
  else if (latest && offer.deliveryDate < latest) {
    problems.push({ field: 'counterOffer.deliveryDate', code: FieldErrorCode.DATE_ORDER, params: { after: latest } });
  }
  return problems;
}

function ratingProblems(content: RequestContentV1, body: ClaimAssessment): FieldError[] {
  const problems: FieldError[] = [];
  const reasons = content.justification?.reasons ?? [];
  const rated = new Set<number>();
  (body.reasonRatings ?? []).forEach((rating, index) => {
    const at = `reasonRatings.${index}`;
    if (rating.reasonIndex >= reasons.length) problems.push({ field: `${at}.reasonIndex`, code: ReviewFieldError.NO_SUCH_REASON });
    else if (rated.has(rating.reasonIndex)) problems.push({ field: `${at}.reasonIndex`, code: FieldErrorCode.DUPLICATE_VALUE });
    else rated.add(rating.reasonIndex);
    // A reason that does not fully hold comes with what the expert requires to make it hold.
    if (rating.rating !== 'supported' && !rating.requiredAction?.trim()) {
      problems.push({ field: `${at}.requiredAction`, code: FieldErrorCode.REQUIRED });
    }
  });
  reasons.forEach((_reason, reasonIndex) => {
    if (!rated.has(reasonIndex))
      problems.push({ field: 'reasonRatings', code: ReviewFieldError.REASON_UNRATED, params: { reason: reasonIndex + 1 } });
  });
  return problems;
}

/**
 * What an opinion must say about the claims of the version it reviewed: the technical expert (the
 * platform operator) answers every claimed gap, and offers the platform where it can serve; the
 * security and legal experts rate every reason. Each kind's fields are refused on the others.
 */
export function claimAssessmentProblems(kind: ExpertKind, content: RequestContentV1, body: ClaimAssessment, today: string): FieldError[] {
  const notHere = (field: string): FieldError => ({ field, code: ReviewFieldError.NOT_FOR_THIS_OPINION });
  if (kind === 'technical') {
    return [...(body.reasonRatings ? [notHere('reasonRatings')] : []), ...technicalProblems(content, body, today)];
  }
  return [
    ...(body.gapAnswers ? [notHere('gapAnswers')] : []),
    ...(body.counterOffer ? [notHere('counterOffer')] : []),
    ...ratingProblems(content, body),
  ];
}
