import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { AgendaItemOutcome, VoteTallyV1 } from '@qaztech/contracts';

@Entity({ schema: 'review', name: 'agenda_items' })
export class AgendaItemEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  status!: 'open' | 'closed';

  @Column({ type: 'text', nullable: true })
  outcome!: AgendaItemOutcome | null;

  @Column({ type: 'jsonb', nullable: true })
  tally!: VoteTallyV1 | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
