import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { FieldRemarkV1, RequestContentV1, RequestStatus } from '@qaztech/contracts';

@Entity({ schema: 'intake', name: 'requests' })
export class RequestEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Insertion order for keyset pagination; exact, unlike a timestamp. */
  @Column({ name: 'list_position', type: 'bigint', insert: false, update: false })
  listPosition!: string;

  @Column({ name: 'agency_bin', type: 'char', length: 12 })
  agencyBin!: string;

  @Column({ type: 'text' })
  status!: RequestStatus;

  /** The version being edited, or the last one submitted. */
  @Column({ name: 'current_version', type: 'int' })
  currentVersion!: number;

  /** Bumped on every change; the ETag clients send back in If-Match. */
  @Column({ name: 'row_version', type: 'int' })
  rowVersion!: number;

  @Column({ type: 'jsonb' })
  content!: RequestContentV1;

  /** The request form the draft was created under; it decides what a submission needs. */
  @Column({ name: 'form_version', type: 'int' })
  formVersion!: number;

  @Column({ name: 'registration_number', type: 'text', nullable: true })
  registrationNumber!: string | null;

  @Column({ name: 'return_remarks', type: 'jsonb', nullable: true })
  returnRemarks!: FieldRemarkV1[] | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;
}
