import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EXPERT_KINDS, ReconsiderationRequestedV1 } from '@qaztech/contracts';
import { DomainError, ErrorCode, RequestContext } from '@qaztech/platform';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { OpinionRepository } from '../opinions/opinion.repository';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf, systemStepAfter } from '../shared/actor';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { transition } from '../shared/transition';
import { TaskPlanner } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
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
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly decisions: DecisionRepository,
    private readonly opinions: OpinionRepository,
    private readonly planner: TaskPlanner,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async execute(context: RequestContext, decisionId: string, body: RequestReconsiderationDto): Promise<ReconsiderationRequestedV1> {
    const peek = await this.decisions.find(decisionId);
    const opened: TaskEntity[] = [];
    const payload = await this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(peek.requestId, manager);
      // Another agency's decision does not exist as far as this caller can tell.
      if (request.agencyBin !== context.principal.agencyBin) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
      const decision = await this.decisions.lock(decisionId, manager);
      this.checkAllowed(decision, request.round);
      request.status = transition(request.status, 'request_reconsideration');
      const reviewers = (await this.opinions.of(request.id, decision.round, decision.version, manager)).map((opinion) => opinion.authorId);
      Object.assign(request, { round: request.round + 1, excludedReviewers: [...new Set(reviewers)], reconsideredDecisionId: decisionId });
      decision.reconsiderationRequestedAt = this.clock.now();
      await manager.save([request, decision]);
      const origin = { actor: actorOf(context.principal, ['agency.signatory']), correlationId: context.requestId };
      // The request names the tasks it opened, so they are written first and name it as their cause.
      const act = { id: randomUUID(), type: 'reconsideration.requested.v1' as const, ...origin };
      for (const kind of EXPERT_KINDS) opened.push(await this.planner.open(manager, request, kind, systemStepAfter(act)));
      const event: ReconsiderationRequestedV1 = {
        requestId: request.id,
        decisionId,
        version: request.version,
        grounds: body.grounds.trim(),
        excludedReviewers: request.excludedReviewers,
        expertTaskIds: opened.map((task) => task.id),
      };
      await this.outbox.append(manager, { ...act, aggregateId: request.id, payload: event });
      return event;
    });
    await this.deadlines.quietly(() => this.deadlines.scheduleTasks(opened));
    return payload;
  }

  private checkAllowed(decision: DecisionEntity, round: number): void {
    const refuse = () => new DomainError(ReviewError.RECONSIDERATION_NOT_ALLOWED, [], { days: this.config.REVIEW_RECONSIDERATION_DAYS });
    if (decision.status !== 'in_force' && decision.status !== 'final') throw new DomainError(ReviewError.DECISION_NOT_IN_FORCE);
    if (round > 1 || decision.reconsiderationRequestedAt) throw refuse();
    const deadline = decision.issuedAt.getTime() + this.config.REVIEW_RECONSIDERATION_DAYS * DAY_MS;
    if (this.clock.now().getTime() > deadline) throw refuse();
  }
}
