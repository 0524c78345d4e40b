import { Inject, Injectable } from '@nestjs/common';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { SYSTEM_ACTOR } from '../shared/actor';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { claimLeaseExpired, leaseCutoff } from './claim-lease';
import { TaskRepository } from './task.repository';

/**
 * Puts every task whose claim lease ran out back in its queue, with `review.task_released.v1`
 * (reason `claim_lease_expired`) in the same transaction. Each task is re-read under the usual
 * locks (case, then task) and the rule checked again, so a task finished or re-claimed in the
 * meantime stays as it is, and a second run of the same sweep releases nothing twice.
 */
@Injectable()
export class ReleaseExpiredClaimsUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly tasks: TaskRepository,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  /** Returns the ids of the tasks it released. */
  async execute(): Promise<string[]> {
    const lease = this.config.REVIEW_CLAIM_LEASE_MINUTES;
    const candidates = await this.uow.read((manager) => this.tasks.claimedBefore(manager, leaseCutoff(this.uow.now(), lease), 500));
    const released: string[] = [];
    for (const candidate of candidates) {
      if (await this.releaseOne(candidate.id, candidate.requestId, lease)) released.push(candidate.id);
    }
    return released;
  }

  private async releaseOne(taskId: string, requestId: string, lease: number): Promise<boolean> {
    return this.uow.onCase(requestId, async (tx) => {
      const task = await this.tasks.lockIfPresent(tx.manager, taskId);
      if (!task || !claimLeaseExpired(task, tx.now(), lease)) return false;
      const previousAssigneeId = task.assigneeId ?? '';
      Object.assign(task, { status: 'open', assigneeId: null, assigneeName: null, claimedAt: null });
      await this.tasks.save(tx.manager, task);
      await tx.append({
        type: 'review.task_released.v1',
        aggregateId: task.requestId,
        actor: SYSTEM_ACTOR,
        correlationId: `claim-lease-${task.id}`,
        payload: {
          taskId,
          requestId: task.requestId,
          version: task.version,
          stage: task.stage,
          previousAssigneeId,
          reason: 'claim_lease_expired',
        },
      });
      return true;
    });
  }
}
