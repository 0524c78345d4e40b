import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  Answers,
  Ctx,
  ErrorCode,
  JSON_BODY_ERRORS,
  RequestContext,
  Roles,
  SIGNED_ACT_ERRORS,
  SignedActDto,
  SigningDocumentView,
  toSigningDocumentView,
  UuidPipe,
} from '@qaztech/platform';
import { COMMISSION_ROLES } from '../meetings/meetings.controller';
import { Minutes, MinutesQuery } from './minutes.query';
import { ReviewError } from '../shared/review-errors';
import { MinutesSignatureView, SignMinutesUseCase } from './sign-minutes.use-case';

@ApiTags('review: meetings')
@ApiBearerAuth()
@Controller('review/meetings')
export class MinutesController {
  constructor(
    private readonly minutes: MinutesQuery,
    private readonly signMinutes: SignMinutesUseCase,
  ) {}

  @Answers(Minutes, { errors: [ErrorCode.VALIDATION_FAILED, ReviewError.MEETING_NOT_FOUND] })
  @Get(':id/minutes')
  @Roles(...COMMISSION_ROLES)
  @ApiOperation({ summary: 'The minutes: attendance, recusals, votes and outcomes' })
  async getMinutes(@Param('id', new UuidPipe('id')) id: string): Promise<Minutes> {
    return this.minutes.of(id);
  }

  @Answers(SigningDocumentView, { errors: [ErrorCode.VALIDATION_FAILED, ReviewError.MEETING_NOT_FOUND] })
  @Get(':id/minutes/signing-document')
  @Roles('commission.secretary')
  @ApiOperation({ summary: 'What the secretary signs: the minutes as they stand' })
  async minutesSigningDocument(@Param('id', new UuidPipe('id')) id: string): Promise<SigningDocumentView> {
    return toSigningDocumentView(await this.signMinutes.document(id));
  }

  @Answers(MinutesSignatureView, { errors: [...JSON_BODY_ERRORS, ReviewError.MEETING_NOT_FOUND, ...SIGNED_ACT_ERRORS] })
  @Post(':id/minutes/signature')
  @Roles('commission.secretary')
  @HttpCode(200)
  @ApiOperation({ summary: "The secretary's qualified signature over the minutes' signing document" })
  async signMinutesRoute(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: SignedActDto,
  ): Promise<MinutesSignatureView> {
    return this.signMinutes.execute(context, id, body?.signature?.cms);
  }
}
