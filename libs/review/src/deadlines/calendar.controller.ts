import { Body, Controller, Get, Param, ParseIntPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, DomainError, ErrorCode, FieldErrorCode, JSON_BODY_ERRORS, RequestContext, Roles } from '@qaztech/platform';
import { CalendarYearView, ReplaceCalendarDto } from '../calendar/calendar.dto';
import { CalendarRepository } from '../calendar/calendar.repository';
import { ReviewUnitOfWork } from '../case/unit-of-work';
import { REVIEW_STAFF_ROLES } from '../shared/stage-roles';
import { ReplaceCalendarUseCase } from './replace-calendar.use-case';

const yearPipe = new ParseIntPipe({
  exceptionFactory: () => DomainError.validation([{ field: 'year', code: FieldErrorCode.MUST_BE_INTEGER }]),
});

function checkYear(year: number): number {
  if (year < 2000 || year > 2100) throw DomainError.validation([{ field: 'year', code: FieldErrorCode.OUT_OF_RANGE }]);
  return year;
}

@ApiTags('review: calendar')
@ApiBearerAuth()
@Controller('review/calendar')
export class CalendarController {
  constructor(
    private readonly uow: ReviewUnitOfWork,
    private readonly calendar: CalendarRepository,
    private readonly replaceCalendar: ReplaceCalendarUseCase,
  ) {}

  @Answers(CalendarYearView, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get(':year')
  @Roles('admin', 'auditor', ...REVIEW_STAFF_ROLES)
  @ApiOperation({ summary: "A year's weekdays off and working weekend days" })
  async get(@Param('year', yearPipe) year: number): Promise<CalendarYearView> {
    const days = await this.uow.read((manager) => this.calendar.year(manager, checkYear(year)));
    return { year, days: days.map(({ date, kind, name }) => ({ date, kind, name })) };
  }

  @Answers(CalendarYearView, { errors: [...JSON_BODY_ERRORS] })
  @Put(':year')
  @Roles('admin')
  @ApiOperation({ summary: "Replace a year's calendar data; live deadlines are recomputed" })
  async put(
    @Ctx() context: RequestContext,
    @Param('year', yearPipe) year: number,
    @Body() body: ReplaceCalendarDto,
  ): Promise<CalendarYearView> {
    return this.replaceCalendar.execute(context, checkYear(year), body);
  }
}
