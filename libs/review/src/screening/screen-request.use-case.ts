import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EXPERT_KINDS } from '@qaztech/contracts';
import { RequestContext } from '@qaztech/platform';
import { DeadlineScheduler } from '../deadlines/deadline.scheduler';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { actorOf, systemStepAfter } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { transition } from '../shared/transition';
import { lockHeldTask } from '../tasks/held-task';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
import { TaskRepository } from '../tasks/task.repository';
import { TaskView, toTaskView } from '../tasks/task.view';
import { ReturnForRevisionDto } from './screening.dto';

/** The secretary's screening: accept for the experts, or return to the agency with remarks. */
@Injectable()
export class ScreenRequestUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly tasks: TaskRepository,
    private readonly planner: TaskPlanner,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
  ) {}

  async accept(context: RequestContext, taskId: string): Promise<TaskView> {
    const opened: TaskEntity[] = [];
    const view = await this.dataSource.transaction(async (manager) => {
      const { request, task } = await lockHeldTask(manager, { requests: this.requests, tasks: this.tasks }, context.principal, taskId, [
        'screening',
      ]);
      const origin = this.originOf(context);
      request.status = transition(request.status, 'accept_for_review');
      await manager.save(request);
      await this.planner.complete(manager, task, 'accepted');
      // The acceptance names the tasks it opened, so they are written first and name it as their cause.
      const acceptance = { id: randomUUID(), type: 'request.accepted_for_review.v1' as const, ...origin };
      opened.push(...(await this.openExpertTasks(manager, request, systemStepAfter(acceptance))));
      await this.outbox.append(manager, {
        ...acceptance,
        aggregateId: request.id,
        ...origin,
        payload: { requestId: request.id, version: request.version, expertTaskIds: opened.map((expert) => expert.id) },
      });
      return toTaskView(task, this.clock.now());
    });
    await this.deadlines.quietly(() => this.deadlines.scheduleTasks(opened));
    return view;
  }

  async returnForRevision(context: RequestContext, taskId: string, body: ReturnForRevisionDto): Promise<TaskView> {
    return this.dataSource.transaction(async (manager) => {
      const { request, task } = await lockHeldTask(manager, { requests: this.requests, tasks: this.tasks }, context.principal, taskId, [
        'screening',
      ]);
      request.status = transition(request.status, 'return_for_revision');
      await manager.save(request);
      await this.planner.complete(manager, task, 'returned');
      await this.outbox.append(manager, {
        type: 'request.returned.v1',
        aggregateId: request.id,
        ...this.originOf(context),
        payload: {
          requestId: request.id,
          version: request.version,
          remarks: body.remarks.map(({ field, remark }) => ({ field, remark: remark.trim() })),
        },
      });
      return toTaskView(task, this.clock.now());
    });
  }

  private originOf(context: RequestContext): EventOrigin {
    return { actor: actorOf(context.principal, ['commission.secretary']), correlationId: context.requestId };
  }

  private async openExpertTasks(manager: EntityManager, request: ReviewRequestEntity, origin: EventOrigin): Promise<TaskEntity[]> {
    const opened: TaskEntity[] = [];
    for (const kind of EXPERT_KINDS) opened.push(await this.planner.open(manager, request, kind, origin));
    return opened;
  }
}
