import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Answers, DomainError, ErrorCode, PublicRoute, RateLimit } from '@qaztech/platform';
import { sendAnswer } from './http-cache';
import { withLinks, withSimilar } from './public-view';
import { answerKey, RegisterAnswerCache } from './register-answer-cache';
import { filtersOf, RegisterQueryDto } from './register-query.dto';
import { RegisterQuery } from './register.query';
import { PublicRecordPageView, PublicRecordWithSimilarView } from './public-record.view';

const JSON_TYPE = 'application/json; charset=utf-8';

/** The register as JSON: anyone may read it, no token needed. */
@ApiTags('public register')
@PublicRoute()
@RateLimit('public')
@Controller('public/decisions')
export class PublicDecisionsController {
  constructor(
    private readonly register: RegisterQuery,
    private readonly answers: RegisterAnswerCache,
  ) {}

  @Answers(PublicRecordPageView, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get()
  @ApiOperation({ summary: 'Published records, newest first, filtered and paged by cursor' })
  async list(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const filters = filtersOf(query);
    const page = { cursor: query.cursor, limit: query.limit ?? 20 };
    const answer = await this.answers.answer(answerKey('decisions', filters, page), async () => {
      const found = await this.register.list(filters, page);
      return Buffer.from(JSON.stringify({ items: found.items.map(withLinks), nextCursor: found.nextCursor }));
    });
    await sendAnswer(request, reply, JSON_TYPE, answer);
  }

  @Answers(PublicRecordWithSimilarView, { errors: [ErrorCode.DECISION_NOT_FOUND] })
  @Get(':number')
  @ApiOperation({ summary: 'One record by its number, with its signature and what corrects it' })
  async byNumber(@Param('number') recordNumber: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    if (recordNumber.length > 40) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    const answer = await this.answers.answer(answerKey('decision', recordNumber), async () => {
      const view = await this.register.byNumber(recordNumber);
      if (!view) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
      const similar = await this.register.similarTo(recordNumber);
      return Buffer.from(JSON.stringify(withSimilar(withLinks(view), similar)));
    });
    await sendAnswer(request, reply, JSON_TYPE, answer);
  }
}
