import { Injectable } from '@nestjs/common';
import { actorOf, DomainError, RequestContext } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { STAGE_ROLE } from '../shared/stage-roles';
import { onTask } from './held-task';
import { TaskRepository } from './task.repository';
import { TaskView, toTaskView } from './task.view';
import { ReviewError } from '../shared/review-errors';

/** Puts a held task back in the queue: by the person holding it, or by the secretary. */
@Injectable()
export class ReleaseTaskUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
  ) {}

  async execute(context: RequestContext, taskId: string): Promise<TaskView> {
    const { principal } = context;
    return onTask(
      this.uow,
      this.tasks,
      taskId,
      () => undefined,
      async (tx, _case, task) => {
        const secretary = principal.roles.includes('commission.secretary');
        if (task.status !== 'claimed') throw new DomainError(task.status === 'open' ? ReviewError.TASK_NOT_HELD : ReviewError.TASK_CLOSED);
        if (task.assigneeId !== principal.subject && !secretary) throw new DomainError(ReviewError.TASK_NOT_HELD);
        const previousAssigneeId = task.assigneeId ?? '';
        Object.assign(task, { status: 'open', assigneeId: null, assigneeName: null, claimedAt: null });
        await this.tasks.save(tx.manager, task);
        await tx.append({
          type: 'review.task_released.v1',
          aggregateId: task.requestId,
          actor: actorOf(principal, [STAGE_ROLE[task.stage], 'commission.secretary']),
          correlationId: context.requestId,
          payload: {
            taskId,
            requestId: task.requestId,
            version: task.version,
            stage: task.stage,
            previousAssigneeId,
            reason: previousAssigneeId === principal.subject ? 'released_by_holder' : 'released_by_secretary',
          },
        });
        return toTaskView(task, tx.now());
      },
    );
  }
}
