import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OpinionEntity } from './opinion.entity';

@Injectable()
export class OpinionRepository {
  /** The opinions of one round on one version: the set a readiness check looks at. */
  async of(manager: EntityManager, requestId: string, round: number, version: number): Promise<OpinionEntity[]> {
    return manager
      .createQueryBuilder(OpinionEntity, 'opinion')
      .where('opinion.request_id = :requestId AND opinion.round = :round AND opinion.version = :version', { requestId, round, version })
      .orderBy('opinion.submitted_at', 'ASC')
      .getMany();
  }

  async allOf(manager: EntityManager, requestId: string): Promise<OpinionEntity[]> {
    return manager
      .createQueryBuilder(OpinionEntity, 'opinion')
      .where('opinion.request_id = :requestId', { requestId })
      .orderBy('opinion.submitted_at', 'ASC')
      .getMany();
  }

  async insert(manager: EntityManager, opinion: OpinionEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(OpinionEntity).values(opinion).execute();
  }
}
