import { randomUUID } from 'node:crypto';
import { DecisionIssuedV1, PlatformObligationRecordedV1 } from '@qaztech/contracts';
import { OpinionEntity } from '../opinions/opinion.entity';

/**
 * The operator's obligation a refusal creates: the technical opinion's counter-offer, word for
 * word, owed to the applicant named in the decision.
 */
export function platformObligation(decision: DecisionIssuedV1, technical: OpinionEntity): PlatformObligationRecordedV1 {
  const offer = technical.counterOffer;
  if (!offer) throw new Error(`Opinion ${technical.id} carries no counter-offer`);
  return {
    obligationId: randomUUID(),
    requestId: decision.requestId,
    registrationNumber: decision.registrationNumber,
    agencyBin: decision.applicant.bin,
    decisionId: decision.decisionId,
    decisionNumber: decision.decisionNumber,
    opinionId: technical.id,
    offer: { capabilities: [...offer.capabilities], deliveryDate: offer.deliveryDate, costKzt: offer.costKzt, terms: offer.terms },
    offeredBy: { id: technical.authorId, name: technical.authorName },
    recordedAt: decision.issuedAt,
  };
}
