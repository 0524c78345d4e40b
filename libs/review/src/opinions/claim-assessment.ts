import { CounterOfferV1, GapAnswerV1, ReasonRatingV1 } from '@qaztech/contracts';
import { SubmitOpinionDto } from './submit-opinion.dto';

/** The opinion's answers to the claims as stored and announced: trimmed, absent fields as null. */
export function assessmentOf(body: SubmitOpinionDto): {
  gapAnswers: GapAnswerV1[];
  counterOffer: CounterOfferV1 | null;
  reasonRatings: ReasonRatingV1[];
} {
  const offer = body.counterOffer;
  return {
    gapAnswers: (body.gapAnswers ?? []).map(({ reasonIndex, capabilityId, answer, availableBy, note }) => ({
      reasonIndex,
      capabilityId,
      answer,
      availableBy: availableBy ?? null,
      note: note?.trim() || null,
    })),
    counterOffer: offer
      ? {
          capabilities: [...offer.capabilities],
          deliveryDate: offer.deliveryDate,
          costKzt: offer.costKzt,
          terms: offer.terms?.trim() || null,
        }
      : null,
    reasonRatings: (body.reasonRatings ?? []).map(({ reasonIndex, rating, requiredAction }) => ({
      reasonIndex,
      rating,
      requiredAction: requiredAction?.trim() || null,
    })),
  };
}
