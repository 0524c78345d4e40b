import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DecisionRevokedV1 } from '@qaztech/contracts';
import { DomainError, RequestContext } from '@qaztech/platform';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { transition } from '../shared/transition';
import { DecisionRepository } from './decision.repository';
import { RevokeDecisionDto } from './issue-decision.dto';
import { ReviewError } from '../shared/review-errors';

/** The chair revokes an exemption in force, with reasons. */
@Injectable()
export class RevokeDecisionUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly decisions: DecisionRepository,
    private readonly outbox: ReviewOutbox,
    private readonly clock: ReviewClock,
  ) {}

  async execute(context: RequestContext, decisionId: string, body: RevokeDecisionDto): Promise<DecisionRevokedV1> {
    const peek = await this.decisions.find(decisionId);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(peek.requestId, manager);
      const decision = await this.decisions.lock(decisionId, manager);
      if (decision.status !== 'in_force') throw new DomainError(ReviewError.DECISION_NOT_IN_FORCE);
      request.status = transition(request.status, 'revoke');
      const revokedAt = this.clock.now();
      Object.assign(decision, { status: 'revoked', revokedAt, revocationReasons: body.reasons.trim() });
      await manager.save([request, decision]);
      const payload: DecisionRevokedV1 = {
        decisionId,
        decisionNumber: decision.decisionNumber,
        requestId: request.id,
        reasons: body.reasons.trim(),
        revokedAt: revokedAt.toISOString(),
      };
      await this.outbox.append(manager, {
        type: 'decision.revoked.v1',
        aggregateId: request.id,
        actor: actorOf(context.principal, ['commission.chair']),
        correlationId: context.requestId,
        payload,
      });
      return payload;
    });
  }
}
