import { Injectable } from '@nestjs/common';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { DecisionRepository } from '../decisions/decision.repository';
import { TaskRepository } from '../tasks/task.repository';
import { CaseTimers } from './case-timers';
import { DeadlineScheduler } from './deadline.scheduler';

/** Sets every live timer again: ids make that a no-op for those still queued. */
@Injectable()
export class TimerSweep {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
    private readonly decisions: DecisionRepository,
    private readonly caseTimers: CaseTimers,
    private readonly scheduler: DeadlineScheduler,
  ) {}

  async all(claimSweepEveryMs: number): Promise<void> {
    await this.scheduler.scheduleTasks(await this.uow.read((manager) => this.tasks.live(manager)));
    await this.uow.read((manager) => this.caseTimers.scheduleRunning(manager));
    await this.scheduler.scheduleClaimLeases(claimSweepEveryMs);
    for (const decision of await this.uow.read((manager) => this.decisions.inForce(manager))) {
      if (decision.validUntil) await this.scheduler.scheduleExpiry(decision.id, decision.validUntil);
    }
  }
}
