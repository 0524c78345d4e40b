import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestStatus } from '@qaztech/contracts';
import { DomainError, ErrorCode } from '@qaztech/platform';
import { CaseEntity } from './case.entity';
import { WithdrawalEntity } from './withdrawal.entity';

/** Every change to a case starts by locking its row: changes to one case queue up. */
@Injectable()
export class CaseRepository {
  async find(manager: EntityManager, id: string): Promise<CaseEntity> {
    const found = await manager.createQueryBuilder(CaseEntity, 'c').where('c.id = :id', { id }).getOne();
    if (!found) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return found;
  }

  async lock(manager: EntityManager, id: string): Promise<CaseEntity> {
    const found = await this.lockIfPresent(manager, id);
    if (!found) throw new DomainError(ErrorCode.REQUEST_NOT_FOUND);
    return found;
  }

  async lockIfPresent(manager: EntityManager, id: string): Promise<CaseEntity | null> {
    return manager.createQueryBuilder(CaseEntity, 'c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  /**
   * Serialises every event about one request, present here or not yet: a row lock cannot hold a
   * row that does not exist, so the first event of a case takes this lock too.
   */
  async serialise(manager: EntityManager, id: string): Promise<void> {
    await manager
      .createQueryBuilder()
      .select("pg_advisory_xact_lock(hashtext('review.case:' || :id))", 'locked')
      .fromDummy()
      .setParameters({ id })
      .getRawOne();
  }

  /** Cases whose whole-case clock runs and has not yet been escalated. */
  async withRunningClock(manager: EntityManager, statuses: readonly RequestStatus[]): Promise<CaseEntity[]> {
    return manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.status IN (:...statuses)', { statuses })
      .andWhere('c.case_escalated_at IS NULL')
      .getMany();
  }

  async insert(manager: EntityManager, theCase: CaseEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(CaseEntity).values(theCase).execute();
  }

  /** Writes the case's state as it stands in memory. */
  async save(manager: EntityManager, theCase: CaseEntity): Promise<void> {
    const { id, updatedAt: _updatedAt, ...state } = theCase;
    await manager.createQueryBuilder().update(CaseEntity).set(state).where('id = :id', { id }).execute();
  }

  async recordWithdrawal(manager: EntityManager, id: string): Promise<void> {
    await manager.createQueryBuilder().insert().into(WithdrawalEntity).values({ requestId: id }).orIgnore().execute();
  }

  async wasWithdrawn(manager: EntityManager, id: string): Promise<boolean> {
    return manager.createQueryBuilder(WithdrawalEntity, 'w').where('w.request_id = :id', { id }).getExists();
  }
}
