import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { MeetingMemberV1 } from '@qaztech/contracts';
import { actorOf, DomainError, FieldError, FieldErrorCode, RequestContext } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { RecordAttendanceDto, ScheduleMeetingDto } from './meeting.dto';
import { MeetingEntity } from './meeting.entity';
import { MeetingRepository } from './meeting.repository';
import { MeetingView, toMeetingView } from './meeting.view';
import { ReviewError, ReviewFieldError } from '../shared/review-errors';

function rosterProblems(members: ScheduleMeetingDto['members']): FieldError[] {
  const problems: FieldError[] = [];
  if (members.filter((member) => member.chair === true).length !== 1)
    problems.push({ field: 'members', code: ReviewFieldError.EXACTLY_ONE_CHAIR });
  const seen = new Set<string>();
  members.forEach((member, index) => {
    if (seen.has(member.id)) problems.push({ field: `members.${index}.id`, code: FieldErrorCode.DUPLICATE_VALUE });
    seen.add(member.id);
  });
  return problems;
}

/** The secretary schedules a meeting with its expected members and, on the day, records who came. */
@Injectable()
export class ScheduleMeetingUseCase {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
  ) {}

  async schedule(context: RequestContext, body: ScheduleMeetingDto): Promise<MeetingView> {
    const problems = rosterProblems(body.members);
    if (problems.length > 0) throw DomainError.validation(problems);
    const members: MeetingMemberV1[] = body.members.map((member) => ({
      id: member.id,
      name: member.name.trim(),
      organisationBin: member.organisationBin ?? null,
      chair: member.chair === true,
    }));
    return this.uow.run(async (tx) => {
      const meeting = Object.assign(new MeetingEntity(), {
        id: randomUUID(),
        meetingDate: body.date,
        protocolNumber: body.protocolNumber.trim(),
        members,
        present: null,
        attendanceRecordedAt: null,
        createdBy: context.principal.subject,
      });
      if (!(await this.meetings.insert(tx.manager, meeting))) throw new DomainError(ReviewError.PROTOCOL_NUMBER_TAKEN);
      await tx.append({
        type: 'meeting.scheduled.v1',
        aggregateId: null,
        actor: actorOf(context.principal, ['commission.secretary']),
        correlationId: context.requestId,
        payload: { meetingId: meeting.id, date: meeting.meetingDate, protocolNumber: meeting.protocolNumber, members },
      });
      return toMeetingView(meeting);
    });
  }

  async recordAttendance(context: RequestContext, meetingId: string, body: RecordAttendanceDto): Promise<MeetingView> {
    return this.uow.run(async (tx) => {
      const meeting = await this.meetings.lock(tx.manager, meetingId);
      const ids = new Set(meeting.members.map((member) => member.id));
      const problems: FieldError[] = [];
      body.present.forEach((id, index) => {
        if (!ids.has(id)) problems.push({ field: `present.${index}`, code: ReviewFieldError.UNKNOWN_MEMBER });
        else if (body.present.indexOf(id) !== index) problems.push({ field: `present.${index}`, code: FieldErrorCode.DUPLICATE_VALUE });
      });
      if (problems.length > 0) throw DomainError.validation(problems);
      meeting.present = [...body.present];
      meeting.attendanceRecordedAt = tx.now();
      await this.meetings.saveAttendance(tx.manager, meeting);
      await tx.append({
        type: 'meeting.attendance_recorded.v1',
        aggregateId: null,
        actor: actorOf(context.principal, ['commission.secretary']),
        correlationId: context.requestId,
        payload: { meetingId, present: meeting.present },
      });
      return toMeetingView(meeting);
    });
  }
}
