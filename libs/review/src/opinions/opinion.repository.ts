import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { OpinionEntity } from './opinion.entity';

@Injectable()
export class OpinionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The opinions of one round on one version: the set a readiness check looks at. */
  async of(requestId: string, round: number, version: number, manager: EntityManager = this.dataSource.manager): Promise<OpinionEntity[]> {
    return manager.find(OpinionEntity, { where: { requestId, round, version }, order: { submittedAt: 'ASC' } });
  }

  async allOf(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<OpinionEntity[]> {
    return manager.find(OpinionEntity, { where: { requestId }, order: { submittedAt: 'ASC' } });
  }
}
