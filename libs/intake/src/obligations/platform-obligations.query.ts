import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AgencyScope } from '../shared/agency-scope';
import { PlatformObligationEntity } from './platform-obligation.entity';

/** An agency's reads of what the platform owes it; never another agency's. */
@Injectable()
export class PlatformObligationsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async ofRequest(scope: AgencyScope, requestId: string): Promise<PlatformObligationEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(PlatformObligationEntity, 'o')
      .where('o.request_id = :requestId AND o.agency_bin = :agencyBin', { requestId, agencyBin: scope.agencyBin })
      .orderBy('o.recorded_at', 'ASC')
      .getMany();
  }
}
