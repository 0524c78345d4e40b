import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, RequestContext } from '@qaztech/platform';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { assertWorksStage, STAGE_ROLE } from '../shared/stage-roles';
import { transition } from '../shared/transition';
import { recusalReason } from '../voting/recusal';
import { EventOrigin } from './task-planner';
import { TaskRepository } from './task.repository';
import { TaskView, toTaskView } from './task.view';
import { ReviewError } from '../shared/review-errors';

/**
 * Takes a task from the queue. The request row is locked first, then the task: concurrent
 * claims of one task queue up behind the first, which wins; the others find it claimed (409).
 * The first claim of a screening task is when screening starts.
 */
@Injectable()
export class ClaimTaskUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly tasks: TaskRepository,
    private readonly outbox: ReviewOutbox,
    private readonly clock: ReviewClock,
  ) {}

  async execute(context: RequestContext, taskId: string): Promise<TaskView> {
    const { principal } = context;
    const peek = await this.tasks.find(taskId);
    assertWorksStage(principal, peek.stage);
    return this.dataSource.transaction(async (manager) => {
      const request = await this.requests.lock(peek.requestId, manager);
      const task = await this.tasks.lock(taskId, manager);
      if (task.status === 'claimed' && task.assigneeId === principal.subject) return toTaskView(task, this.clock.now());
      if (task.status === 'claimed') throw new DomainError(ReviewError.TASK_ALREADY_CLAIMED);
      if (task.status !== 'open') throw new DomainError(ReviewError.TASK_CLOSED);
      const parties = { applicantBin: task.applicantBin, excludedReviewers: task.excludedReviewers };
      if (recusalReason({ id: principal.subject, organisationBin: principal.organisationBin }, parties)) {
        throw new DomainError(ReviewError.CONFLICT_OF_INTEREST);
      }
      Object.assign(task, { status: 'claimed', assigneeId: principal.subject, assigneeName: principal.name, claimedAt: this.clock.now() });
      await manager.save(task);
      const origin = { actor: actorOf(principal, [STAGE_ROLE[task.stage]]), correlationId: context.requestId };
      await this.outbox.append(manager, {
        type: 'review.task_claimed.v1',
        aggregateId: task.requestId,
        ...origin,
        payload: {
          taskId,
          requestId: task.requestId,
          version: task.version,
          stage: task.stage,
          assigneeId: principal.subject,
          assigneeName: principal.name,
        },
      });
      if (task.stage === 'screening' && request.status === 'submitted') await this.startScreening(manager, request, taskId, origin);
      return toTaskView(task, this.clock.now());
    });
  }

  private async startScreening(manager: EntityManager, request: ReviewRequestEntity, taskId: string, origin: EventOrigin): Promise<void> {
    request.status = transition(request.status, 'start_screening');
    await manager.save(request);
    await this.outbox.append(manager, {
      type: 'request.screening_started.v1',
      aggregateId: request.id,
      ...origin,
      payload: { requestId: request.id, version: request.version, taskId },
    });
  }
}
