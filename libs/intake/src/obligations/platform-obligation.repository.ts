import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlatformObligationEntity } from './platform-obligation.entity';

@Injectable()
export class PlatformObligationRepository {
  /** Records an obligation once: a second delivery of the same event adds nothing. */
  async record(manager: EntityManager, obligation: PlatformObligationEntity): Promise<void> {
    await manager.createQueryBuilder().insert().into(PlatformObligationEntity).values(obligation).orIgnore().execute();
  }
}
