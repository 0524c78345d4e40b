import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, ErrorCode, JSON_BODY_ERRORS, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { TaskView } from '../tasks/task.view';
import { ReturnForRevisionDto } from './screening.dto';
import { ScreenRequestUseCase } from './screen-request.use-case';
import { ReviewError } from '../shared/review-errors';

@ApiTags('review: screening')
@ApiBearerAuth()
@Controller('review/tasks')
@Roles('commission.secretary')
export class ScreeningController {
  constructor(private readonly screening: ScreenRequestUseCase) {}

  @Answers(TaskView, {
    errors: [
      ErrorCode.VALIDATION_FAILED,
      ReviewError.TASK_NOT_FOUND,
      ReviewError.TASK_NOT_HELD,
      ReviewError.TASK_CLOSED,
      ReviewError.STALE_VERSION,
      ErrorCode.INVALID_TRANSITION,
    ],
  })
  @Post(':id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept the screened request: opens the technical, security and legal opinions' })
  async accept(@Ctx() context: RequestContext, @Param('id', new UuidPipe('id')) id: string): Promise<TaskView> {
    return this.screening.accept(context, id);
  }

  @Answers(TaskView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.TASK_NOT_FOUND,
      ReviewError.TASK_NOT_HELD,
      ReviewError.TASK_CLOSED,
      ReviewError.STALE_VERSION,
      ErrorCode.INVALID_TRANSITION,
    ],
  })
  @Post(':id/return')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return the request to the agency for revision, with remarks per field' })
  async returnForRevision(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: ReturnForRevisionDto,
  ): Promise<TaskView> {
    return this.screening.returnForRevision(context, id, body);
  }
}
