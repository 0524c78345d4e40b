import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Answers,
  Ctx,
  JSON_BODY_ERRORS,
  RequestContext,
  Roles,
  SIGNED_ACT_ERRORS,
  SigningDocumentView,
  toSigningDocumentView,
  UuidPipe,
} from '@qaztech/platform';
import { opinionDocument } from '../signing/review-signing';
import { SubmitOpinionDto } from './submit-opinion.dto';
import { OpinionView } from './opinion.view';
import { SubmitOpinionUseCase } from './submit-opinion.use-case';
import { ReviewError } from '../shared/review-errors';

@ApiTags('review: opinions')
@ApiBearerAuth()
@Controller('review/tasks')
export class OpinionsController {
  constructor(private readonly submitOpinion: SubmitOpinionUseCase) {}

  @Answers(SigningDocumentView, { errors: [...JSON_BODY_ERRORS] })
  @Post(':id/opinion/signing-document')
  @Roles('expert.technical', 'expert.security', 'expert.legal')
  @HttpCode(200)
  @ApiOperation({ summary: 'What the expert signs to give this opinion: send the opinion as you will give it' })
  signingDocument(@Param('id', new UuidPipe('id')) id: string, @Body() body: SubmitOpinionDto): SigningDocumentView {
    return toSigningDocumentView(opinionDocument(id, body));
  }

  @Answers(OpinionView, {
    errors: [
      ...JSON_BODY_ERRORS,
      ReviewError.TASK_NOT_FOUND,
      ReviewError.TASK_NOT_HELD,
      ReviewError.TASK_CLOSED,
      ReviewError.WRONG_STAGE_ROLE,
      ReviewError.STALE_VERSION,
      ...SIGNED_ACT_ERRORS,
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
