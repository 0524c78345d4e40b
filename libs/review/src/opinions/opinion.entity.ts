import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CounterOfferV1, ExpertKind, GapAnswerV1, OpinionVerdict, ReasonRatingV1 } from '@qaztech/contracts';

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

  /** Technical opinions: the answer to each claimed gap; empty on the others and on older opinions. */
  @Column({ name: 'gap_answers', type: 'jsonb' })
  gapAnswers!: GapAnswerV1[];

  @Column({ name: 'counter_offer', type: 'jsonb', nullable: true })
  counterOffer!: CounterOfferV1 | null;

  /** Security and legal opinions: the rating of each reason; empty on technical and older opinions. */
  @Column({ name: 'reason_ratings', type: 'jsonb' })
  reasonRatings!: ReasonRatingV1[];

  @Column({ name: 'author_id', type: 'text' })
  authorId!: string;

  @Column({ name: 'author_name', type: 'text' })
  authorName!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
