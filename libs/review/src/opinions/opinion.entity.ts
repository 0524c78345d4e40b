import { Column, Entity, PrimaryColumn } from 'typeorm';
import { ExpertKind, OpinionVerdict } from '@qaztech/contracts';

@Entity({ schema: 'review', name: 'opinions' })
export class OpinionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'text' })
  kind!: ExpertKind;

  @Column({ type: 'text' })
  verdict!: OpinionVerdict;

  @Column({ type: 'text' })
  findings!: string;

  @Column({ name: 'proposed_conditions', type: 'jsonb' })
  proposedConditions!: string[];

  @Column({ name: 'author_id', type: 'text' })
  authorId!: string;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
