import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, ErrorCode, Roles, UuidPipe } from '@qaztech/platform';
import { COMMISSION_ROLES } from '../meetings/meetings.controller';
import { Minutes, MinutesQuery } from './minutes.query';
import { ReviewError } from '../shared/review-errors';

@ApiTags('review: meetings')
@ApiBearerAuth()
@Controller('review/meetings')
export class MinutesController {
  constructor(private readonly minutes: MinutesQuery) {}

  @Answers(Minutes, { errors: [ErrorCode.VALIDATION_FAILED, ReviewError.MEETING_NOT_FOUND] })
  @Get(':id/minutes')
  @Roles(...COMMISSION_ROLES)
  @ApiOperation({ summary: 'The minutes: attendance, recusals, votes and outcomes' })
  async getMinutes(@Param('id', new UuidPipe('id')) id: string): Promise<Minutes> {
    return this.minutes.of(id);
  }
}
