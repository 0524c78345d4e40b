import { Injectable } from '@nestjs/common';
import { ReleaseExpiredClaimsUseCase } from '../tasks/release-expired-claims.use-case';
import { CheckCaseDeadlineUseCase } from './check-case-deadline.use-case';
import { CheckExpiryUseCase } from './check-expiry.use-case';
import { CheckTaskDeadlineUseCase } from './check-task-deadline.use-case';
import { TimerJob } from '../shared/review-queues';

/** What each kind of timer does when it fires: one use case per kind. */
@Injectable()
export class TimerJobs {
  constructor(
    private readonly checkTask: CheckTaskDeadlineUseCase,
    private readonly checkCase: CheckCaseDeadlineUseCase,
    private readonly checkExpiry: CheckExpiryUseCase,
    private readonly releaseExpiredClaims: ReleaseExpiredClaimsUseCase,
  ) {}

  async run(job: TimerJob): Promise<string> {
    switch (job.kind) {
      case 'task_deadline':
        return this.checkTask.execute(job.taskId);
      case 'case_deadline':
        return this.checkCase.execute(job.requestId);
      case 'decision_expiry':
        return this.checkExpiry.execute(job.decisionId);
      case 'claim_leases':
        return `released ${(await this.releaseExpiredClaims.execute()).length}`;
    }
  }
}
