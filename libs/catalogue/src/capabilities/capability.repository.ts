import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CapabilityRecordV1, EventActor } from '@qaztech/contracts';
import { CapabilityChange, CapabilityEntity, CapabilityVersionEntity } from './capability.entity';

/** The catalogue's writes: an entry's current version and the version history beside it. */
@Injectable()
export class CapabilityRepository {
  /** The current version, locked until the transaction ends: changes to one entry take turns. */
  async lock(manager: EntityManager, id: string): Promise<CapabilityRecordV1 | null> {
    const row = await manager.createQueryBuilder(CapabilityEntity, 'c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
    return row?.record ?? null;
  }

  /**
   * Adds a new entry unless one with its id exists (made meanwhile by another process seeding at
   * the same start): true when this call added it.
   */
  async insertNew(manager: EntityManager, record: CapabilityRecordV1, actor: EventActor): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CapabilityEntity)
      .values({ id: record.id, version: record.version, record, retired: record.retired, updatedAt: new Date(record.recordedAt) })
      .orIgnore()
      .returning(['id'])
      .execute();
    if ((result.raw as unknown[]).length === 0) return false;
    await this.insertVersion(manager, record, 'created', actor);
    return true;
  }

  /** Makes `record` the entry's current version and keeps it among its versions. */
  async saveVersion(manager: EntityManager, record: CapabilityRecordV1, change: CapabilityChange, actor: EventActor): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CapabilityEntity)
      .set({ version: record.version, record, retired: record.retired, updatedAt: new Date(record.recordedAt) })
      .where('id = :id', { id: record.id })
      .execute();
    await this.insertVersion(manager, record, change, actor);
  }

  private async insertVersion(
    manager: EntityManager,
    record: CapabilityRecordV1,
    change: CapabilityChange,
    actor: EventActor,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(CapabilityVersionEntity)
      .values({
        capabilityId: record.id,
        version: record.version,
        change,
        record,
        recordedAt: new Date(record.recordedAt),
        recordedBy: actor,
      })
      .execute();
  }
}
