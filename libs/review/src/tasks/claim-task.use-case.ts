import { Injectable } from '@nestjs/common';
import { actorOf, DomainError, RequestContext, transition } from '@qaztech/platform';
import { CaseEntity } from '../case/case.entity';
import { recusalReason } from '../case/recusal';
import { CaseWork, ReviewUnitOfWork } from '../case/unit-of-work';
import { assertWorksStage, STAGE_ROLE } from '../shared/stage-roles';
import { onTask } from './held-task';
import { EventOrigin } from './task-planner';
import { TaskEntity } from './task.entity';
import { TaskRepository } from './task.repository';
import { TaskView, toTaskView } from './task.view';
import { ReviewError } from '../shared/review-errors';

/**
 * Takes a task from the queue. The case row is locked first, then the task: concurrent claims of
 * one task queue up behind the first, which wins; the others find it claimed (409). The first
 * claim of a screening task is when screening starts.
 */
@Injectable()
export class ClaimTaskUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
  ) {}

  async execute(context: RequestContext, taskId: string): Promise<TaskView> {
    const { principal } = context;
    const check = (task: TaskEntity) => assertWorksStage(principal, task.stage);
    return onTask(this.uow, this.tasks, taskId, check, async (tx, theCase, task) => {
      if (task.status === 'claimed' && task.assigneeId === principal.subject) return toTaskView(task, tx.now());
      if (task.status === 'claimed') throw new DomainError(ReviewError.TASK_ALREADY_CLAIMED);
      if (task.status !== 'open') throw new DomainError(ReviewError.TASK_CLOSED);
      const parties = { applicantBin: task.applicantBin, excludedReviewers: task.excludedReviewers };
      if (recusalReason({ id: principal.subject, organisationBin: principal.organisationBin }, parties)) {
        throw new DomainError(ReviewError.CONFLICT_OF_INTEREST);
      }
      Object.assign(task, { status: 'claimed', assigneeId: principal.subject, assigneeName: principal.name, claimedAt: tx.now() });
      await this.tasks.save(tx.manager, task);
      const origin = { actor: actorOf(principal, [STAGE_ROLE[task.stage]]), correlationId: context.requestId };
      await tx.append({
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
      if (task.stage === 'screening' && theCase.status === 'submitted') await this.startScreening(tx, theCase, taskId, origin);
      return toTaskView(task, tx.now());
    });
  }

  private async startScreening(tx: CaseWork, theCase: CaseEntity, taskId: string, origin: EventOrigin): Promise<void> {
    theCase.status = transition(theCase.status, 'start_screening');
    await tx.saveCase(theCase);
    await tx.append({
      type: 'request.screening_started.v1',
      aggregateId: theCase.id,
      ...origin,
      payload: { requestId: theCase.id, version: theCase.version, taskId },
    });
  }
}
