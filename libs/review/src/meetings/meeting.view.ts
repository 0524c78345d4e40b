import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MeetingEntity } from './meeting.entity';

export class MeetingMemberView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'BIN of the organisation the member works for' })
  organisationBin!: string | null;
  @ApiProperty() chair!: boolean;
}

export class MeetingView {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '2026-03-24' }) date!: string;
  @ApiProperty() protocolNumber!: string;
  @ApiProperty({ type: () => [MeetingMemberView] }) members!: MeetingMemberView[];
  @ApiPropertyOptional({ type: [String], nullable: true, description: 'Ids of the members present, once attendance is taken' })
  present!: string[] | null;
}

export function toMeetingView(meeting: MeetingEntity): MeetingView {
  return {
    id: meeting.id,
    date: meeting.meetingDate,
    protocolNumber: meeting.protocolNumber,
    members: meeting.members.map(({ id, name, organisationBin, chair }) => ({ id, name, organisationBin, chair })),
    present: meeting.present,
  };
}
