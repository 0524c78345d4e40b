import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CapabilityRecordV1 } from '@qaztech/contracts';
import { catalogueAsOf } from './as-of';
import { CapabilityEntity, CapabilityVersionEntity } from './capability.entity';

/** Reads of the catalogue for HTTP answers, on the pool: no lock, no write. */
@Injectable()
export class CatalogueQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** Entries in force now, by id. */
  async current(): Promise<CapabilityRecordV1[]> {
    const rows = await this.dataSource.createQueryBuilder(CapabilityEntity, 'c').where('c.retired = false').orderBy('c.id').getMany();
    return rows.map((row) => row.record);
  }

  /** The catalogue as it stood at `instant`, rebuilt from the versions recorded by then. */
  async asOf(instant: Date): Promise<CapabilityRecordV1[]> {
    const rows = await this.dataSource
      .createQueryBuilder(CapabilityVersionEntity, 'v')
      .where('v.recorded_at <= :instant', { instant })
      .getMany();
    return catalogueAsOf(
      rows.map((row) => row.record),
      instant,
    );
  }

  /** One entry's current version, retired or not. */
  async byId(id: string): Promise<CapabilityRecordV1 | null> {
    const row = await this.dataSource.createQueryBuilder(CapabilityEntity, 'c').where('c.id = :id', { id }).getOne();
    return row?.record ?? null;
  }

  /** Every version of one entry, oldest first, with what each changed and who changed it. */
  async versions(id: string): Promise<CapabilityVersionEntity[]> {
    return this.dataSource
      .createQueryBuilder(CapabilityVersionEntity, 'v')
      .where('v.capability_id = :id', { id })
      .orderBy('v.version')
      .getMany();
  }
}
