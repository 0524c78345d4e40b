import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DomainError, ErrorCode } from '@qaztech/platform';
import { DecisionEntity } from './decision.entity';

@Injectable()
export class DecisionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<DecisionEntity> {
    const decision = await manager.findOneBy(DecisionEntity, { id });
    if (!decision) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    return decision;
  }

  async lock(id: string, manager: EntityManager): Promise<DecisionEntity> {
    const decision = await manager.findOne(DecisionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!decision) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    return decision;
  }

  async ofItem(itemId: string, manager: EntityManager = this.dataSource.manager): Promise<DecisionEntity | null> {
    return manager.findOneBy(DecisionEntity, { itemId });
  }

  async ofItems(itemIds: readonly string[]): Promise<DecisionEntity[]> {
    return itemIds.length === 0 ? [] : this.dataSource.manager.findBy(DecisionEntity, { itemId: In([...itemIds]) });
  }

  async ofRequest(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<DecisionEntity[]> {
    return manager.find(DecisionEntity, { where: { requestId }, order: { issuedAt: 'ASC' } });
  }

  async inForce(): Promise<DecisionEntity[]> {
    return this.dataSource.manager.findBy(DecisionEntity, { status: 'in_force' });
  }

  /** Decision numbers are gapless per year: the counter row is held until the decision commits. */
  async nextNumber(year: number, manager: EntityManager): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO review.decision_counters AS counters (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = counters.last_number + 1 RETURNING last_number`,
      [year],
    )) as { last_number: number }[];
    if (!row) throw new Error('Decision counter returned no row');
    return `QTX-D-${year}-${String(row.last_number).padStart(4, '0')}`;
  }
}
