import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@qaztech/platform';
import { DecisionCounterEntity, DecisionEntity } from './decision.entity';

@Injectable()
export class DecisionRepository {
  async find(manager: EntityManager, id: string): Promise<DecisionEntity> {
    const decision = await this.findIfPresent(manager, id);
    if (!decision) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    return decision;
  }

  async findIfPresent(manager: EntityManager, id: string): Promise<DecisionEntity | null> {
    return manager.createQueryBuilder(DecisionEntity, 'decision').where('decision.id = :id', { id }).getOne();
  }

  /** Lock a decision only after its case. */
  async lock(manager: EntityManager, id: string): Promise<DecisionEntity> {
    const decision = await this.lockIfPresent(manager, id);
    if (!decision) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    return decision;
  }

  async lockIfPresent(manager: EntityManager, id: string): Promise<DecisionEntity | null> {
    return manager.createQueryBuilder(DecisionEntity, 'decision').setLock('pessimistic_write').where('decision.id = :id', { id }).getOne();
  }

  async ofItem(manager: EntityManager, itemId: string): Promise<DecisionEntity | null> {
    return manager.createQueryBuilder(DecisionEntity, 'decision').where('decision.item_id = :itemId', { itemId }).getOne();
  }

  async ofItems(manager: EntityManager, itemIds: readonly string[]): Promise<DecisionEntity[]> {
    if (itemIds.length === 0) return [];
    return manager.createQueryBuilder(DecisionEntity, 'decision').where('decision.item_id IN (:...itemIds)', { itemIds }).getMany();
  }

  async ofRequest(manager: EntityManager, requestId: string): Promise<DecisionEntity[]> {
    return manager
      .createQueryBuilder(DecisionEntity, 'decision')
      .where('decision.request_id = :requestId', { requestId })
      .orderBy('decision.issued_at', 'ASC')
      .getMany();
  }

  async inForce(manager: EntityManager): Promise<DecisionEntity[]> {
    return manager.createQueryBuilder(DecisionEntity, 'decision').where("decision.status = 'in_force'").getMany();
  }

  /** Decision numbers are gapless per year: the counter row is held until the decision commits. */
  async nextNumber(manager: EntityManager, year: number): Promise<string> {
    const first = await manager
      .createQueryBuilder()
      .insert()
      .into(DecisionCounterEntity)
      .values({ year, lastNumber: 1 })
      .orIgnore()
      .returning('last_number')
      .updateEntity(false)
      .execute();
    const taken = (first.raw as { last_number: number }[])[0] ?? (await this.increment(manager, year));
    return `QTX-D-${year}-${String(taken.last_number).padStart(4, '0')}`;
  }

  async insert(manager: EntityManager, decision: DecisionEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(DecisionEntity).values(decision).execute();
  }

  /** Writes what can change once a decision is issued: its status and what happened to it. */
  async saveStatus(manager: EntityManager, decision: DecisionEntity): Promise<void> {
    const { status, revokedAt, revocationReasons, reconsiderationRequestedAt } = decision;
    await manager
      .createQueryBuilder()
      .update(DecisionEntity)
      .set({ status, revokedAt, revocationReasons, reconsiderationRequestedAt })
      .where('id = :id', { id: decision.id })
      .execute();
  }

  async supersede(manager: EntityManager, id: string): Promise<void> {
    await manager.createQueryBuilder().update(DecisionEntity).set({ status: 'superseded' }).where('id = :id', { id }).execute();
  }

  private async increment(manager: EntityManager, year: number): Promise<{ last_number: number }> {
    const result = await manager
      .createQueryBuilder()
      .update(DecisionCounterEntity)
      .set({ lastNumber: () => 'last_number + 1' })
      .where('year = :year', { year })
      .returning('last_number')
      .updateEntity(false)
      .execute();
    const row = (result.raw as { last_number: number }[])[0];
    if (!row) throw new Error('Decision counter returned no row');
    return row;
  }
}
