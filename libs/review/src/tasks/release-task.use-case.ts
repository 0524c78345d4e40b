import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, RequestContext } from '@qaztech/platform';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { STAGE_ROLE } from '../shared/stage-roles';
import { TaskRepository } from './task.repository';
import { TaskView, toTaskView } from './task.view';
import { ReviewError } from '../shared/review-errors';

/** Puts a held task back in the queue: by the person holding it, or by the secretary. */
@Injectable()
export class ReleaseTaskUseCase {
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
    return this.dataSource.transaction(async (manager) => {
      await this.requests.lock(peek.requestId, manager);
      const task = await this.tasks.lock(taskId, manager);
      const secretary = principal.roles.includes('commission.secretary');
      if (task.status !== 'claimed') throw new DomainError(task.status === 'open' ? ReviewError.TASK_NOT_HELD : ReviewError.TASK_CLOSED);
      if (task.assigneeId !== principal.subject && !secretary) throw new DomainError(ReviewError.TASK_NOT_HELD);
      const previousAssigneeId = task.assigneeId ?? '';
      Object.assign(task, { status: 'open', assigneeId: null, assigneeName: null, claimedAt: null });
      await manager.save(task);
      await this.outbox.append(manager, {
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
      return toTaskView(task, this.clock.now());
    });
  }
}
