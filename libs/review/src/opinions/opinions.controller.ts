import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, Ctx, JSON_BODY_ERRORS, RequestContext, Roles, UuidPipe } from '@qaztech/platform';
import { SubmitOpinionDto } from './submit-opinion.dto';
import { OpinionView } from './opinion.view';
import { SubmitOpinionUseCase } from './submit-opinion.use-case';
import { ReviewError } from '../shared/review-errors';

@ApiTags('review: opinions')
@ApiBearerAuth()
@Controller('review/tasks')
export class OpinionsController {
  constructor(private readonly submitOpinion: SubmitOpinionUseCase) {}

  @Answers(OpinionView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.TASK_NOT_FOUND,
      ReviewError.TASK_NOT_HELD,
      ReviewError.TASK_CLOSED,
      ReviewError.WRONG_STAGE_ROLE,
      ReviewError.STALE_VERSION,
    ],
  })
  @Post(':id/opinion')
  @Roles('expert.technical', 'expert.security', 'expert.legal')
  @ApiOperation({ summary: 'Give the opinion of the task you hold, naming the version you reviewed' })
  async submit(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: SubmitOpinionDto,
  ): Promise<OpinionView> {
    return this.submitOpinion.execute(context, id, body);
  }
}
