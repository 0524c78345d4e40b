import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { RequestStatus } from '@qaztech/contracts';
import { DomainError, ErrorCode } from '@qaztech/platform';
import { ReviewRequestEntity } from './review-request.entity';

/** Every change to a case starts by locking its request row: changes to one case queue up. */
@Injectable()
export class ReviewRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewRequestEntity> {
    const request = await manager.findOneBy(ReviewRequestEntity, { id });
    if (!request) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return request;
  }

  async lock(id: string, manager: EntityManager): Promise<ReviewRequestEntity> {
    const request = await this.lockIfPresent(id, manager);
    if (!request) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return request;
  }

  /** Cases whose whole-case clock runs and has not yet been escalated. */
  async withRunningClock(
    statuses: readonly RequestStatus[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewRequestEntity[]> {
    return manager.findBy(ReviewRequestEntity, { status: In([...statuses]), caseEscalatedAt: IsNull() });
  }

  /**
   * Serialises every event about one request, present in the projection or not yet: a row lock
   * cannot hold a row that does not exist, so the first event of a case takes this lock too.
   */
  async lockCase(id: string, manager: EntityManager): Promise<void> {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('review.case:' || $1))", [id]);
  }

  async recordWithdrawal(id: string, manager: EntityManager): Promise<void> {
    await manager.query('INSERT INTO review.withdrawals (request_id) VALUES ($1) ON CONFLICT DO NOTHING', [id]);
  }

  async wasWithdrawn(id: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM review.withdrawals WHERE request_id = $1', [id])) as unknown[];
    return rows.length > 0;
  }

  async lockIfPresent(id: string, manager: EntityManager): Promise<ReviewRequestEntity | null> {
    return manager.findOne(ReviewRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
