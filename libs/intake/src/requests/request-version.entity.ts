import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AttachmentRefV1, RequestContentV1 } from '@qaztech/contracts';

/** A submitted version, frozen: nothing updates these rows. Decisions name the version they decided. */
@Entity({ schema: 'intake', name: 'request_versions' })
export class RequestVersionEntity {
  @PrimaryColumn({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @PrimaryColumn({ type: 'int' })
  version!: number;

  @Column({ name: 'registration_number', type: 'text' })
  registrationNumber!: string;

  @Column({ type: 'jsonb' })
  content!: RequestContentV1;

  @Column({ type: 'jsonb' })
  attachments!: AttachmentRefV1[];

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_by_name', type: 'text' })
  submittedByName!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
