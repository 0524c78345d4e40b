import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionRevokedV1 } from '@qaztech/contracts';
import { actorOf, DomainError, RequestContext, transition } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { DecisionRepository } from './decision.repository';
import { RevokeDecisionDto } from './issue-decision.dto';
import { ReviewError } from '../shared/review-errors';
import { revocationDocument, ReviewSigning } from '../signing/review-signing';

/** The chair revokes an exemption in force, with reasons. */
@Injectable()
export class RevokeDecisionUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly decisions: DecisionRepository,
    private readonly signing: ReviewSigning,
  ) {}

  async execute(context: RequestContext, decisionId: string, body: RevokeDecisionDto): Promise<DecisionRevokedV1> {
    const signed = await this.signing.check(context, revocationDocument(decisionId, body), body.signature?.cms);
    const caseOfDecision = async (manager: EntityManager) => (await this.decisions.find(manager, decisionId)).requestId;
    return this.uow.onCase(caseOfDecision, async (tx, theCase) => {
      const decision = await this.decisions.lock(tx.manager, decisionId);
      if (decision.status !== 'in_force') throw new DomainError(ReviewError.DECISION_NOT_IN_FORCE);
      theCase.status = transition(theCase.status, 'revoke');
      const revokedAt = tx.now();
      Object.assign(decision, { status: 'revoked', revokedAt, revocationReasons: body.reasons.trim() });
      await tx.saveCase(theCase);
      await this.decisions.saveStatus(tx.manager, decision);
      const payload: DecisionRevokedV1 = {
        decisionId,
        decisionNumber: decision.decisionNumber,
        requestId: theCase.id,
        reasons: body.reasons.trim(),
        revokedAt: revokedAt.toISOString(),
        ...(signed ? { signature: signed.event } : {}),
      };
      if (signed) await this.signing.record(tx.manager, signed, decisionId, theCase.id);
      await tx.append({
        type: 'decision.revoked.v1',
        aggregateId: theCase.id,
        actor: actorOf(context.principal, ['commission.chair']),
        correlationId: context.requestId,
        payload,
      });
      return payload;
    });
  }
}
