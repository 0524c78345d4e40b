import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, ErrorCode, JSON_BODY_ERRORS, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { PlaceOnAgendaDto, RecordAttendanceDto, ScheduleMeetingDto } from './meeting.dto';
import { MeetingRepository } from './meeting.repository';
import { MeetingView, toMeetingView } from './meeting.view';
import { AgendaItemView, PlaceOnAgendaUseCase } from './place-on-agenda.use-case';
import { ScheduleMeetingUseCase } from './schedule-meeting.use-case';
import { ReviewError } from '../shared/review-errors';

export const COMMISSION_ROLES = ['commission.secretary', 'commission.member', 'commission.chair', 'auditor'] as const;

@ApiTags('review: meetings')
@ApiBearerAuth()
@Controller('review/meetings')
export class MeetingsController {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly meetings: MeetingRepository,
    private readonly scheduleMeeting: ScheduleMeetingUseCase,
    private readonly placeOnAgenda: PlaceOnAgendaUseCase,
  ) {}

  @Answers(MeetingView, { errors: [...JSON_BODY_ERRORS, ReviewError.PROTOCOL_NUMBER_TAKEN] })
  @Post()
  @Roles('commission.secretary')
  @ApiOperation({ summary: 'Schedule a meeting with the members expected' })
  async schedule(@Ctx() context: RequestContext, @Body() body: ScheduleMeetingDto): Promise<MeetingView> {
    return this.scheduleMeeting.schedule(context, body);
  }

  @Answers(MeetingView, { errors: [ErrorCode.VALIDATION_FAILED, ReviewError.MEETING_NOT_FOUND] })
  @Get(':id')
  @Roles(...COMMISSION_ROLES)
  async get(@Param('id', new UuidPipe('id')) id: string): Promise<MeetingView> {
    return toMeetingView(await this.uow.read((manager) => this.meetings.find(manager, id)));
  }

  @Answers(MeetingView, { errors: [...JSON_BODY_ERRORS, ReviewError.MEETING_NOT_FOUND] })
  @Post(':id/attendance')
  @Roles('commission.secretary')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record the members present' })
  async attendance(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: RecordAttendanceDto,
  ): Promise<MeetingView> {
    return this.scheduleMeeting.recordAttendance(context, id, body);
  }

  @Answers(AgendaItemView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.MEETING_NOT_FOUND,
      ErrorCode.REQUEST_NOT_FOUND,
      ReviewError.NOT_READY_FOR_AGENDA,
      ErrorCode.INVALID_TRANSITION,
    ],
  })
  @Post(':id/agenda')
  @Roles('commission.secretary')
  @ApiOperation({ summary: 'Put a request whose opinions are all in on the agenda; members of the applicant are recused' })
  async agenda(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: PlaceOnAgendaDto,
  ): Promise<AgendaItemView> {
    return this.placeOnAgenda.execute(context, id, body.requestId.toLowerCase());
  }
}
