import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReviewRequestRepository } from '../projection/review-request.repository';
import { SYSTEM_ACTOR } from '../shared/actor';
import { ReviewClock } from '../shared/review-clock';
import { REVIEW_CONFIG, ReviewConfig } from '../shared/review-config';
import { ReviewOutbox } from '../shared/review-outbox';
import { claimLeaseExpired, leaseCutoff } from './claim-lease';
import { TaskEntity } from './task.entity';

/**
 * Puts every task whose claim lease ran out back in its queue, with `review.task_released.v1`
 * (reason `claim_lease_expired`) in the same transaction. Each task is re-read under the usual
 * locks (request, then task) and the rule checked again, so a task finished or re-claimed in the
 * meantime stays as it is, and a second run of the same sweep releases nothing twice.
 */
@Injectable()
export class ReleaseExpiredClaimsUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: ReviewRequestRepository,
    private readonly outbox: ReviewOutbox,
    private readonly clock: ReviewClock,
    @Inject(REVIEW_CONFIG) private readonly config: ReviewConfig,
  ) {}

  /** Returns the ids of the tasks it released. */
  async execute(): Promise<string[]> {
    const lease = this.config.REVIEW_CLAIM_LEASE_MINUTES;
    const candidates = (await this.dataSource.query(
      `SELECT id, request_id FROM review.tasks WHERE status = 'claimed' AND claimed_at <= $1 ORDER BY claimed_at LIMIT 500`,
      [leaseCutoff(this.clock.now(), lease)],
    )) as { id: string; request_id: string }[];
    const released: string[] = [];
    for (const candidate of candidates) {
      if (await this.releaseOne(candidate.id, candidate.request_id, lease)) released.push(candidate.id);
    }
    return released;
  }

  private async releaseOne(taskId: string, requestId: string, lease: number): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.requests.lock(requestId, manager);
      const task = await manager.findOne(TaskEntity, { where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
      if (!task || !claimLeaseExpired(task, this.clock.now(), lease)) return false;
      const previousAssigneeId = task.assigneeId ?? '';
      Object.assign(task, { status: 'open', assigneeId: null, assigneeName: null, claimedAt: null });
      await manager.save(task);
      await this.outbox.append(manager, {
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
