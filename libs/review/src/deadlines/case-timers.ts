import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarRepository } from '../calendar/calendar.repository';
import { ReviewRequestEntity } from '../projection/review-request.entity';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { CASE_CLOCK_STATUSES, caseDueDate } from './case-deadline';
import { DeadlineScheduler } from './deadline.scheduler';

/** Sets the whole-case timers: for one case as it arrives, or for every running case at once. */
@Injectable()
export class CaseTimers {
  constructor(
    private readonly requests: ReviewRequestRepository,
    private readonly calendar: CalendarRepository,
    private readonly scheduler: DeadlineScheduler,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async schedule(request: ReviewRequestEntity, manager: EntityManager, recheck: boolean): Promise<void> {
    const dueDate = caseDueDate(request.firstSubmittedAt, this.config.REVIEW_CASE_WORKING_DAYS, await this.calendar.load(manager));
    await this.scheduler.scheduleCase(request.id, dueDate, recheck);
  }

  async scheduleRunning(): Promise<void> {
    const calendar = await this.calendar.load();
    for (const request of await this.requests.withRunningClock(CASE_CLOCK_STATUSES)) {
      await this.scheduler.scheduleCase(request.id, caseDueDate(request.firstSubmittedAt, this.config.REVIEW_CASE_WORKING_DAYS, calendar));
    }
  }
}
