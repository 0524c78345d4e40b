import { Injectable } from '@nestjs/common';
import { CalendarRepository } from '../calendar/calendar.repository';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { SYSTEM_ACTOR } from '../shared/actor';
import { dueOf } from '../tasks/task-planner';
import { TaskRepository } from '../tasks/task.repository';
import { DeadlineScheduler } from './deadline.scheduler';

export type DeadlineCheck = 'gone' | 'closed' | 'not_due' | 'already_escalated' | 'escalated';

/**
 * What a deadline timer does when it fires. It trusts nothing from the time it was set: the task
 * may be finished, the calendar may have moved its due date. An overdue task is flagged, raised
 * in priority and escalated to the secretary, with `deadline.missed.v1`, in one transaction; the
 * flag makes a second run a no-op.
 */
@Injectable()
export class CheckTaskDeadlineUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
    private readonly calendar: CalendarRepository,
    private readonly deadlines: DeadlineScheduler,
  ) {}

  async execute(taskId: string): Promise<DeadlineCheck> {
    return this.uow.run(async (tx): Promise<DeadlineCheck> => {
      const peek = await this.tasks.findIfPresent(tx.manager, taskId);
      if (!peek) return 'gone';
      await tx.cases.lock(tx.manager, peek.requestId);
      const task = await this.tasks.lockIfPresent(tx.manager, taskId);
      if (!task) return 'gone';
      if (task.status !== 'open' && task.status !== 'claimed') return 'closed';
      const due = dueOf(task.startDate, task.workingDays, await this.calendar.load(tx.manager));
      const now = tx.now();
      if (now.getTime() < due.dueAt.getTime()) {
        const moved = due.dueDate !== task.dueDate;
        if (moved) await this.tasks.save(tx.manager, Object.assign(task, due));
        // A moved date gets its own timer; the same date, one that fired early, looks again under a fresh id.
        tx.afterCommit((timers) => (moved ? timers.scheduleTasks([task]) : this.deadlines.recheckTask(task)));
        return 'not_due';
      }
      if (task.overdue) return 'already_escalated';
      await this.tasks.save(tx.manager, Object.assign(task, due, { overdue: true, escalatedAt: now, priority: task.priority + 1 }));
      await tx.append({
        type: 'deadline.missed.v1',
        aggregateId: task.requestId,
        actor: SYSTEM_ACTOR,
        correlationId: `deadline-${task.id}`,
        payload: {
          taskId: task.id,
          requestId: task.requestId,
          stage: task.stage,
          dueDate: task.dueDate,
          assigneeId: task.assigneeId,
          escalatedTo: 'commission.secretary',
        },
      });
      return 'escalated';
    });
  }
}
