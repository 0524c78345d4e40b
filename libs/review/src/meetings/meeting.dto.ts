import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, IsKzIdentifier, NestedObjects } from '@qaztech/platform';

export class MeetingMemberDto {
  @ApiProperty({ description: "The member's user id (token subject)" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  id!: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ description: "BIN of the member's organisation: a member of the applicant is recused" })
  @IsOptional()
  @IsKzIdentifier()
  organisationBin?: string;

  @ApiPropertyOptional({ description: 'The chair: exactly one member' })
  @IsOptional()
  @IsBoolean()
  chair?: boolean;
}

export class ScheduleMeetingDto {
  @ApiProperty({ example: '2026-12-10' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: '12/2026' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  protocolNumber!: string;

  @ApiProperty({ type: [MeetingMemberDto], description: 'The members expected' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @NestedObjects(() => MeetingMemberDto)
  members!: MeetingMemberDto[];
}

export class RecordAttendanceDto {
  @ApiProperty({ type: [String], description: 'Ids of the members present' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  present!: string[];
}

export class PlaceOnAgendaDto {
  @ApiProperty()
  @IsUUID()
  requestId!: string;
}
