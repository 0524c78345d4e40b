import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AttachmentRefV1, RequestContentV1, RequestStatus } from '@qaztech/contracts';

/**
 * The case: review's own copy of a request, built from intake's events (the version under review),
 * and where it stands in the Commission's process. Every change to a case locks this row first.
 */
@Entity({ schema: 'review', name: 'requests' })
export class CaseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'agency_bin', type: 'char', length: 12 })
  agencyBin!: string;

  @Column({ name: 'registration_number', type: 'text' })
  registrationNumber!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  status!: RequestStatus;

  @Column({ type: 'jsonb' })
  content!: RequestContentV1;

  @Column({ type: 'jsonb' })
  attachments!: AttachmentRefV1[];

  /** Registration: the whole case's deadline counts from here. */
  @Column({ name: 'first_submitted_at', type: 'timestamptz' })
  firstSubmittedAt!: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  /** 1 for the original case, 2 for its reconsideration. */
  @Column({ type: 'int' })
  round!: number;

  /** Reviewers barred from this round: the authors of the opinions a reconsideration reviews. */
  @Column({ name: 'excluded_reviewers', type: 'text', array: true })
  excludedReviewers!: string[];

  @Column({ name: 'reconsidered_decision_id', type: 'uuid', nullable: true })
  reconsideredDecisionId!: string | null;

  /** When the whole case passed its deadline undecided and the secretary was alerted. */
  @Column({ name: 'case_escalated_at', type: 'timestamptz', nullable: true })
  caseEscalatedAt!: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
