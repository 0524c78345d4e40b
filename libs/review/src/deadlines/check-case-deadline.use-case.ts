import { Injectable } from '@nestjs/common';
import { endOfAlmatyDay } from '../calendar/working-days';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { SYSTEM_ACTOR } from '../shared/actor';
import { CASE_CLOCK_STATUSES } from './case-deadline';
import { CaseTimers } from './case-timers';

export type CaseDeadlineCheck = 'gone' | 'not_running' | 'not_due' | 'already_escalated' | 'escalated';

/** The whole case's timer: like a task's, it recomputes from the current calendar before acting. */
@Injectable()
export class CheckCaseDeadlineUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly caseTimers: CaseTimers,
  ) {}

  async execute(requestId: string): Promise<CaseDeadlineCheck> {
    return this.uow.run(async (tx): Promise<CaseDeadlineCheck> => {
      const theCase = await tx.cases.lockIfPresent(tx.manager, requestId);
      if (!theCase) return 'gone';
      if (!CASE_CLOCK_STATUSES.includes(theCase.status)) return 'not_running';
      const dueDate = await this.caseTimers.dueDateOf(theCase.firstSubmittedAt, tx.manager);
      const now = tx.now();
      if (now.getTime() < endOfAlmatyDay(dueDate).getTime()) {
        tx.afterCommit((timers) => timers.scheduleCase(requestId, dueDate, true));
        return 'not_due';
      }
      if (theCase.caseEscalatedAt) return 'already_escalated';
      theCase.caseEscalatedAt = now;
      await tx.saveCase(theCase);
      await tx.append({
        type: 'deadline.missed.v1',
        aggregateId: theCase.id,
        actor: SYSTEM_ACTOR,
        correlationId: `case-deadline-${theCase.id}`,
        payload: { taskId: null, requestId: theCase.id, stage: 'case', dueDate, assigneeId: null, escalatedTo: 'commission.secretary' },
      });
      return 'escalated';
    });
  }
}
