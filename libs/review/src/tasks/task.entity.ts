import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { ReviewStage } from '@qaztech/contracts';

export type TaskStatus = 'open' | 'claimed' | 'done' | 'cancelled';

/** A piece of people's work on one version of a request. */
@Entity({ schema: 'review', name: 'tasks' })
export class TaskEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'list_position', type: 'bigint', insert: false, update: false })
  listPosition!: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'int' })
  round!: number;

  @Column({ type: 'text' })
  stage!: ReviewStage;

  @Column({ type: 'text' })
  status!: TaskStatus;

  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  @Column({ name: 'assignee_name', type: 'text', nullable: true })
  assigneeName!: string | null;

  @Column({ type: 'int' })
  priority!: number;

  /** The deadline is recomputed from these two whenever the calendar changes. */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'working_days', type: 'int' })
  workingDays!: number;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  @Column({ type: 'boolean' })
  overdue!: boolean;

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  @Column({ name: 'applicant_bin', type: 'char', length: 12 })
  applicantBin!: string;

  @Column({ name: 'excluded_reviewers', type: 'text', array: true })
  excludedReviewers!: string[];

  @Column({ type: 'text', nullable: true })
  outcome!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt!: Date | null;
}
