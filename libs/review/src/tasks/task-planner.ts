import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EventActor, EventCause, ReviewStage } from '@qaztech/contracts';
import { CalendarRepository } from '../calendar/calendar.repository';
import { addWorkingDays, almatyDate, endOfAlmatyDay, WorkingCalendar } from '../calendar/working-days';
import { CaseEntity } from '../case/case.entity';
import { CaseWork } from '../case/unit-of-work';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { TaskEntity, TaskStatus } from './task.entity';
import { TaskRepository } from './task.repository';

export interface EventOrigin {
  actor: EventActor;
  correlationId: string;
  /** For a step the system takes by itself: the act that set it off. */
  causedBy?: EventCause;
}

/** The deadline of a task on a given calendar. */
export function dueOf(startDate: string, workingDays: number, calendar: WorkingCalendar): { dueDate: string; dueAt: Date } {
  const dueDate = addWorkingDays(startDate, workingDays, calendar);
  return { dueDate, dueAt: endOfAlmatyDay(dueDate) };
}

/** Opens and closes tasks, each with its event, in the change `tx`. */
@Injectable()
export class TaskPlanner {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly tasks: TaskRepository,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  workingDaysFor(stage: ReviewStage): number {
    if (stage === 'screening') return this.config.REVIEW_SCREENING_WORKING_DAYS;
    if (stage === 'agenda') return this.config.REVIEW_AGENDA_WORKING_DAYS;
    return this.config.REVIEW_EXPERT_WORKING_DAYS;
  }

  /** Opens a task on the case; its deadline timer is set once the change commits. */
  async open(tx: CaseWork, theCase: CaseEntity, stage: ReviewStage, origin: EventOrigin): Promise<TaskEntity> {
    const startDate = almatyDate(tx.now());
    const workingDays = this.workingDaysFor(stage);
    const task = Object.assign(new TaskEntity(), {
      id: randomUUID(),
      requestId: theCase.id,
      version: theCase.version,
      round: theCase.round,
      stage,
      status: 'open',
      assigneeId: null,
      assigneeName: null,
      priority: theCase.round > 1 ? 1 : 0,
      startDate,
      workingDays,
      ...dueOf(startDate, workingDays, await this.calendar.load(tx.manager)),
      overdue: false,
      escalatedAt: null,
      applicantBin: theCase.agencyBin,
      excludedReviewers: theCase.excludedReviewers,
      outcome: null,
      claimedAt: null,
      completedAt: null,
    });
    await this.tasks.insert(tx.manager, task);
    await tx.append({
      type: 'review.task_created.v1',
      aggregateId: theCase.id,
      ...origin,
      payload: { taskId: task.id, requestId: theCase.id, version: task.version, stage, dueDate: task.dueDate, priority: task.priority },
    });
    tx.afterCommit((timers) => timers.scheduleTasks([task]));
    return task;
  }

  async complete(tx: CaseWork, task: TaskEntity, outcome: string): Promise<void> {
    await this.finish(tx, task, 'done', outcome);
  }

  /** Finishes the case's live tasks of one stage: the work they stood for is done. */
  async completeLive(tx: CaseWork, requestId: string, stage: ReviewStage, outcome: string): Promise<void> {
    for (const task of await this.tasks.liveOf(tx.manager, requestId, stage)) await this.complete(tx, task, outcome);
  }

  /** Cancels the case's live tasks, e.g. when it is withdrawn or comes back as a new version. */
  async cancelLive(tx: CaseWork, requestId: string, reason: 'withdrawn' | 'superseded', origin: EventOrigin): Promise<void> {
    for (const task of await this.tasks.liveOf(tx.manager, requestId)) {
      await this.finish(tx, task, 'cancelled', reason);
      await tx.append({
        type: 'review.task_cancelled.v1',
        aggregateId: task.requestId,
        ...origin,
        payload: { taskId: task.id, requestId: task.requestId, version: task.version, stage: task.stage, reason },
      });
    }
  }

  private async finish(tx: CaseWork, task: TaskEntity, status: TaskStatus, outcome: string): Promise<void> {
    Object.assign(task, { status, outcome, completedAt: tx.now() });
    await this.tasks.save(tx.manager, task);
  }
}
