import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventActor, EventCause, ReviewStage } from '@qaztech/contracts';
import { CalendarRepository } from '../calendar/calendar.repository';
import { addWorkingDays, almatyDate, endOfAlmatyDay, WorkingCalendar } from '../calendar/working-days';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { TaskEntity, TaskStatus } from './task.entity';

export interface EventOrigin {
  actor: EventActor;
  correlationId: string;
  causedBy?: EventCause;
}

/** The deadline of a task on a given calendar. */
export function dueOf(startDate: string, workingDays: number, calendar: WorkingCalendar): { dueDate: string; dueAt: Date } {
  const dueDate = addWorkingDays(startDate, workingDays, calendar);
  return { dueDate, dueAt: endOfAlmatyDay(dueDate) };
}

/** Opens and closes tasks, each with its event. */
@Injectable()
export class TaskPlanner {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly outbox: ReviewOutbox,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  workingDaysFor(stage: ReviewStage): number {
    if (stage === 'screening') return this.config.REVIEW_SCREENING_WORKING_DAYS;
    if (stage === 'agenda') return this.config.REVIEW_AGENDA_WORKING_DAYS;
    return this.config.REVIEW_EXPERT_WORKING_DAYS;
  }

  async open(manager: EntityManager, request: ReviewRequestEntity, stage: ReviewStage, origin: EventOrigin): Promise<TaskEntity> {
    const startDate = almatyDate(this.clock.now());
    const workingDays = this.workingDaysFor(stage);
    const task = manager.create(TaskEntity, {
      id: randomUUID(),
      requestId: request.id,
      version: request.version,
      round: request.round,
      stage,
      status: 'open',
      assigneeId: null,
      assigneeName: null,
      priority: request.round > 1 ? 1 : 0,
      startDate,
      workingDays,
      ...dueOf(startDate, workingDays, await this.calendar.load(manager)),
      overdue: false,
      escalatedAt: null,
      applicantBin: request.agencyBin,
      excludedReviewers: request.excludedReviewers,
      outcome: null,
      claimedAt: null,
      completedAt: null,
    });
    await manager.insert(TaskEntity, task);
    await this.outbox.append(manager, {
      type: 'review.task_created.v1',
      aggregateId: request.id,
      ...origin,
      payload: { taskId: task.id, requestId: request.id, version: task.version, stage, dueDate: task.dueDate, priority: task.priority },
    });
    return task;
  }

  async complete(manager: EntityManager, task: TaskEntity, outcome: string): Promise<void> {
    await this.finish(manager, task, 'done', outcome);
  }

  /** Cancels the request's live tasks, e.g. when it is withdrawn or comes back as a new version. */
  async cancelLive(
    manager: EntityManager,
    tasks: readonly TaskEntity[],
    reason: 'withdrawn' | 'superseded',
    origin: EventOrigin,
  ): Promise<void> {
    for (const task of tasks) {
      await this.finish(manager, task, 'cancelled', reason);
      await this.outbox.append(manager, {
        type: 'review.task_cancelled.v1',
        aggregateId: task.requestId,
        ...origin,
        payload: { taskId: task.id, requestId: task.requestId, version: task.version, stage: task.stage, reason },
      });
    }
  }

  private async finish(manager: EntityManager, task: TaskEntity, status: TaskStatus, outcome: string): Promise<void> {
    task.status = status;
    task.outcome = outcome;
    task.completedAt = this.clock.now();
    await manager.save(task);
  }
}
