import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequestContext, Roles, SignedActDto, SigningDocumentView, toSigningDocumentView, UuidPipe } from '@qaztech/platform';
import { COMMISSION_ROLES } from '../meetings/meetings.controller';
import { Minutes, MinutesQuery } from './minutes.query';
import { MinutesSignatureView, SignMinutesUseCase } from './sign-minutes.use-case';

@ApiTags('review: meetings')
@ApiBearerAuth()
@Controller('review/meetings')
export class MinutesController {
  constructor(
    private readonly minutes: MinutesQuery,
    private readonly signMinutes: SignMinutesUseCase,
  ) {}

  @Get(':id/minutes')
  @Roles(...COMMISSION_ROLES)
  @ApiOperation({ summary: 'The minutes: attendance, recusals, votes and outcomes' })
  async getMinutes(@Param('id', new UuidPipe('id')) id: string): Promise<Minutes> {
    return this.minutes.of(id);
  }

  @Get(':id/minutes/signing-document')
  @Roles('commission.secretary')
  @ApiOperation({ summary: 'What the secretary signs: the minutes as they stand' })
  @ApiOkResponse({ type: SigningDocumentView })
  async minutesSigningDocument(@Param('id', new UuidPipe('id')) id: string): Promise<SigningDocumentView> {
    return toSigningDocumentView(await this.signMinutes.document(id));
  }

  @Post(':id/minutes/signature')
  @Roles('commission.secretary')
  @HttpCode(200)
  @ApiOperation({ summary: "The secretary's qualified signature over the minutes' signing document" })
  @ApiOkResponse({ type: MinutesSignatureView })
  async signMinutesRoute(
    @Ctx() context: RequestContext,
    @Param('id', new UuidPipe('id')) id: string,
    @Body() body: SignedActDto,
  ): Promise<MinutesSignatureView> {
    return this.signMinutes.execute(context, id, body?.signature?.cms);
  }
}
