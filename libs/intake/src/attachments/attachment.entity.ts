import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity({ schema: 'intake', name: 'attachments' })
export class AttachmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  /** The request version the document was added to. */
  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text' })
  classification!: 'open' | 'dsp';

  @Column({ name: 'file_name', type: 'text' })
  fileName!: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType!: string;

  @Column({ name: 'size_bytes', type: 'bigint' })
  sizeBytes!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'text' })
  uploadedBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** What an attachment shows about itself; where the file is stored and who uploaded it stay inside. */
export type AttachmentListing = Omit<AttachmentEntity, 'storageKey' | 'uploadedBy'>;
