import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarRepository } from '../calendar/calendar.repository';
import { endOfAlmatyDay } from '../calendar/working-days';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { SYSTEM_ACTOR } from '../shared/actor';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { ReviewClock } from '../shared/review-clock';
import { ReviewOutbox } from '../shared/review-outbox';
import { CASE_CLOCK_STATUSES, caseDueDate } from './case-deadline';
import { DeadlineScheduler } from './deadline.scheduler';

export type CaseDeadlineCheck = 'gone' | 'not_running' | 'not_due' | 'already_escalated' | 'escalated';

/** The whole case's timer: like a task's, it recomputes from the current calendar before acting. */
@Injectable()
export class CheckCaseDeadlineUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly calendar: CalendarRepository,
    private readonly outbox: ReviewOutbox,
    private readonly deadlines: DeadlineScheduler,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  async execute(requestId: string): Promise<CaseDeadlineCheck> {
    let later: string | undefined;
    const result = await this.dataSource.transaction(async (manager): Promise<CaseDeadlineCheck> => {
      const request = await this.requests.lockIfPresent(requestId, manager);
      if (!request) return 'gone';
      if (!CASE_CLOCK_STATUSES.includes(request.status)) return 'not_running';
      const dueDate = caseDueDate(request.firstSubmittedAt, this.config.REVIEW_CASE_WORKING_DAYS, await this.calendar.load(manager));
      const now = this.clock.now();
      if (now.getTime() < endOfAlmatyDay(dueDate).getTime()) {
        later = dueDate;
        return 'not_due';
      }
      if (request.caseEscalatedAt) return 'already_escalated';
      request.caseEscalatedAt = now;
      await manager.save(request);
      await this.outbox.append(manager, {
        type: 'deadline.missed.v1',
        aggregateId: request.id,
        actor: SYSTEM_ACTOR,
        correlationId: `case-deadline-${request.id}`,
        payload: { taskId: null, requestId: request.id, stage: 'case', dueDate, assigneeId: null, escalatedTo: 'commission.secretary' },
      });
      return 'escalated';
    });
    if (later) await this.deadlines.scheduleCase(requestId, later, true);
    return result;
  }
}
