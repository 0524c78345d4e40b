import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CapabilityRecordV1, EventActor } from '@qaztech/contracts';

/** An entry's current version. */
@Entity({ schema: 'catalogue', name: 'capabilities' })
export class CapabilityEntity {
  @PrimaryColumn('text')
  id!: string;

  @Column('int')
  version!: number;

  @Column('jsonb')
  record!: CapabilityRecordV1;

  @Column('boolean')
  retired!: boolean;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}

export type CapabilityChange = 'created' | 'updated' | 'status_changed' | 'retired';

/** One version of an entry, kept for good: the catalogue of a past day is read from these. */
@Entity({ schema: 'catalogue', name: 'capability_versions' })
export class CapabilityVersionEntity {
  @PrimaryColumn('text', { name: 'capability_id' })
  capabilityId!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('text')
  change!: CapabilityChange;

  @Column('jsonb')
  record!: CapabilityRecordV1;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('jsonb', { name: 'recorded_by' })
  recordedBy!: EventActor;
}
