import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MeetingMemberV1 } from '@qaztech/contracts';
import { DomainError, Principal } from '@qaztech/platform';
import { ReviewError } from '../shared/review-errors';

@Entity({ schema: 'review', name: 'meetings' })
export class MeetingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'meeting_date', type: 'date' })
  meetingDate!: string;

  @Column({ name: 'protocol_number', type: 'text' })
  protocolNumber!: string;

  /** The members expected: the roster the quorum and the recusals are computed on. */
  @Column({ type: 'jsonb' })
  members!: MeetingMemberV1[];

  /** Members recorded present; null until attendance is recorded. */
  @Column({ type: 'text', array: true, nullable: true })
  present!: string[] | null;

  @Column({ name: 'attendance_recorded_at', type: 'timestamptz', nullable: true })
  attendanceRecordedAt!: Date | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Only the chair of the meeting closes its items and signs its decisions. */
export function assertChairOf(meeting: MeetingEntity, principal: Principal): void {
  const chair = meeting.members.find((member) => member.chair);
  if (chair?.id !== principal.subject) throw new DomainError(ReviewError.NOT_A_MEMBER);
}
