import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarRepository } from '../calendar/calendar.repository';
import { CaseRepository } from '../case/case.repository';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { CASE_CLOCK_STATUSES, caseDueDate } from './case-deadline';
import { DeadlineScheduler } from './deadline.scheduler';

/** Sets the whole-case timer of every case whose clock runs: after a calendar change, and at every sweep. */
@Injectable()
export class CaseTimers {
  constructor(
    private readonly cases: CaseRepository,
    private readonly calendar: CalendarRepository,
    private readonly scheduler: DeadlineScheduler,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async dueDateOf(firstSubmittedAt: Date, manager: EntityManager): Promise<string> {
    return caseDueDate(firstSubmittedAt, this.config.REVIEW_CASE_WORKING_DAYS, await this.calendar.load(manager));
  }

  async scheduleRunning(manager: EntityManager): Promise<void> {
    const calendar = await this.calendar.load(manager);
    for (const running of await this.cases.withRunningClock(manager, CASE_CLOCK_STATUSES)) {
      await this.scheduler.scheduleCase(running.id, caseDueDate(running.firstSubmittedAt, this.config.REVIEW_CASE_WORKING_DAYS, calendar));
    }
  }
}
