import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarRepository } from '../calendar/calendar.repository';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { SYSTEM_ACTOR } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { dueOf } from '../tasks/task-planner';
import { TaskEntity } from '../tasks/task.entity';
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
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly calendar: CalendarRepository,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
  ) {}

  async execute(taskId: string): Promise<DeadlineCheck> {
    const peek = await this.dataSource.manager.findOneBy(TaskEntity, { id: taskId });
    if (!peek) return 'gone';
    let later: { task: TaskEntity; moved: boolean } | undefined;
    const result = await this.dataSource.transaction(async (manager): Promise<DeadlineCheck> => {
      await this.requests.lock(peek.requestId, manager);
      const task = await manager.findOne(TaskEntity, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task) return 'gone';
      if (task.status !== 'open' && task.status !== 'claimed') return 'closed';
      const due = dueOf(task.startDate, task.workingDays, await this.calendar.load(manager));
      const now = this.clock.now();
      if (now.getTime() < due.dueAt.getTime()) {
        const moved = due.dueDate !== task.dueDate;
        if (moved) await manager.save(Object.assign(task, due));
        later = { task, moved };
        return 'not_due';
      }
      if (task.overdue) return 'already_escalated';
      await manager.save(Object.assign(task, due, { overdue: true, escalatedAt: now, priority: task.priority + 1 }));
      await this.outbox.append(manager, {
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
    if (later?.moved) await this.deadlines.scheduleTasks([later.task]);
    else if (later) await this.deadlines.recheckTask(later.task);
    return result;
  }
}
