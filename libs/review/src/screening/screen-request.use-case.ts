import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EXPERT_KINDS } from '@qaztech/contracts';
import { actorOf, RequestContext, transition } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { systemStepAfter } from '../shared/actor';
import { onHeldTask } from '../tasks/held-task';
import { EventOrigin, TaskPlanner } from '../tasks/task-planner';
import { TaskRepository } from '../tasks/task.repository';
import { TaskView, toTaskView } from '../tasks/task.view';
import { ReturnForRevisionDto } from './screening.dto';

/** The secretary's screening: accept for the experts, or return to the agency with remarks. */
@Injectable()
export class ScreenRequestUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
    private readonly planner: TaskPlanner,
  ) {}

  async accept(context: RequestContext, taskId: string): Promise<TaskView> {
    return onHeldTask(this.uow, this.tasks, context.principal, taskId, ['screening'], async (tx, theCase, task) => {
      const origin = this.originOf(context);
      theCase.status = transition(theCase.status, 'accept_for_review');
      await tx.saveCase(theCase);
      await this.planner.complete(tx, task, 'accepted');
      // The acceptance names the tasks it opened, so they are written first and name it as their cause.
      const acceptance = { id: randomUUID(), type: 'request.accepted_for_review.v1' as const, ...origin };
      const opened = [];
      for (const kind of EXPERT_KINDS) opened.push(await this.planner.open(tx, theCase, kind, systemStepAfter(acceptance)));
      await tx.append({
        ...acceptance,
        aggregateId: theCase.id,
        payload: { requestId: theCase.id, version: theCase.version, expertTaskIds: opened.map((expert) => expert.id) },
      });
      return toTaskView(task, tx.now());
    });
  }

  async returnForRevision(context: RequestContext, taskId: string, body: ReturnForRevisionDto): Promise<TaskView> {
    return onHeldTask(this.uow, this.tasks, context.principal, taskId, ['screening'], async (tx, theCase, task) => {
      theCase.status = transition(theCase.status, 'return_for_revision');
      await tx.saveCase(theCase);
      await this.planner.complete(tx, task, 'returned');
      await tx.append({
        type: 'request.returned.v1',
        aggregateId: theCase.id,
        ...this.originOf(context),
        payload: {
          requestId: theCase.id,
          version: theCase.version,
          remarks: body.remarks.map(({ field, remark }) => ({ field, remark: remark.trim() })),
        },
      });
      return toTaskView(task, tx.now());
    });
  }

  private originOf(context: RequestContext): EventOrigin {
    return { actor: actorOf(context.principal, ['commission.secretary']), correlationId: context.requestId };
  }
}
