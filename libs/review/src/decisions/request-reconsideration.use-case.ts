import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EXPERT_KINDS, ReconsiderationRequestedV1 } from '@qaztech/contracts';
import { actorOf, DomainError, ErrorCode, RequestContext, transition } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { OpinionRepository } from '../opinions/opinion.repository';
import { systemStepAfter } from '../shared/actor';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { TaskPlanner } from '../tasks/task-planner';
import { DecisionEntity } from './decision.entity';
import { DecisionRepository } from './decision.repository';
import { RequestReconsiderationDto } from './issue-decision.dto';
import { ReviewError } from '../shared/review-errors';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The applicant asks, once and in time, for a decision to be reconsidered. The reconsideration is
 * a linked case on the same version: fresh opinions from experts other than the ones whose
 * opinions the decision rested on, then the Commission again.
 */
@Injectable()
export class RequestReconsiderationUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly decisions: DecisionRepository,
    private readonly opinions: OpinionRepository,
    private readonly planner: TaskPlanner,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async execute(context: RequestContext, decisionId: string, body: RequestReconsiderationDto): Promise<ReconsiderationRequestedV1> {
    const caseOfDecision = async (manager: EntityManager) => (await this.decisions.find(manager, decisionId)).requestId;
    return this.uow.onCase(caseOfDecision, async (tx, theCase) => {
      // Another agency's decision does not exist as far as this caller can tell.
      if (theCase.agencyBin !== context.principal.agencyBin) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
      const decision = await this.decisions.lock(tx.manager, decisionId);
      this.checkAllowed(decision, theCase.round, tx.now());
      theCase.status = transition(theCase.status, 'request_reconsideration');
      const reviewers = (await this.opinions.of(tx.manager, theCase.id, decision.round, decision.version)).map(
        (opinion) => opinion.authorId,
      );
      Object.assign(theCase, { round: theCase.round + 1, excludedReviewers: [...new Set(reviewers)], reconsideredDecisionId: decisionId });
      decision.reconsiderationRequestedAt = tx.now();
      await tx.saveCase(theCase);
      await this.decisions.saveStatus(tx.manager, decision);
      const origin = { actor: actorOf(context.principal, ['agency.signatory']), correlationId: context.requestId };
      // The request names the tasks it opened, so they are written first and name it as their cause.
      const act = { id: randomUUID(), type: 'reconsideration.requested.v1' as const, ...origin };
      const opened = [];
      for (const kind of EXPERT_KINDS) opened.push(await this.planner.open(tx, theCase, kind, systemStepAfter(act)));
      const event: ReconsiderationRequestedV1 = {
        requestId: theCase.id,
        decisionId,
        version: theCase.version,
        grounds: body.grounds.trim(),
        excludedReviewers: theCase.excludedReviewers,
        expertTaskIds: opened.map((task) => task.id),
      };
      await tx.append({ ...act, aggregateId: theCase.id, payload: event });
      return event;
    });
  }

  private checkAllowed(decision: DecisionEntity, round: number, now: Date): void {
    const refuse = () => new DomainError(ReviewError.RECONSIDERATION_NOT_ALLOWED, [], { days: this.config.REVIEW_RECONSIDERATION_DAYS });
    if (decision.status !== 'in_force' && decision.status !== 'final') throw new DomainError(ReviewError.DECISION_NOT_IN_FORCE);
    if (round > 1 || decision.reconsiderationRequestedAt) throw refuse();
    const deadline = decision.issuedAt.getTime() + this.config.REVIEW_RECONSIDERATION_DAYS * DAY_MS;
    if (now.getTime() > deadline) throw refuse();
  }
}
