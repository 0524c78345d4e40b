import { MeetingMemberV1 } from '@qaztech/contracts';
import { MeetingEntity } from './meeting.entity';

export interface MeetingView {
  id: string;
  date: string;
  protocolNumber: string;
  members: MeetingMemberV1[];
  present: string[] | null;
}

export function toMeetingView(meeting: MeetingEntity): MeetingView {
  return {
    id: meeting.id,
    date: meeting.meetingDate,
    protocolNumber: meeting.protocolNumber,
    members: meeting.members,
    present: meeting.present,
  };
}
