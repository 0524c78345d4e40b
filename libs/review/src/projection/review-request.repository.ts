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

  async lockIfPresent(id: string, manager: EntityManager): Promise<ReviewRequestEntity | null> {
    return manager.findOne(ReviewRequestEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }
}
