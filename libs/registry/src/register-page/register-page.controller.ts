import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, PublicRoute, RateLimit } from '@qaztech/platform';
import { StoredAnswer } from '../reading/answer-store';
import { answerKey, RegisterAnswerCache } from '../reading/register-answer-cache';
import { RegisterQuery } from '../reading/register.query';
import { renderDecision } from './decision.view';
import { Html, raw } from './html';
import { sendHtml } from './html-reply';
import { choosePageLanguage, PageLanguage } from './i18n/labels';
import { REGISTER_CSS, REGISTER_ICON_SVG } from './register.css';
import { PAGE_SIZE, parseRegisterPageQuery } from './register-page-query';
import { RegisterPageFilter } from './register-page.filter';
import { renderRegisterList } from './register-list.view';

/** Longest record number the register gives (`QTX-D-2026-000123.12`), with room to spare. */
const MAX_RECORD_NUMBER_LENGTH = 40;

/** Markup the templates rendered for an earlier reader of the same page: already escaped. */
const keptPage = (answer: StoredAnswer): Html => raw(answer.body.toString());

const languageOf = (request: FastifyRequest): PageLanguage =>
  choosePageLanguage((request.query as Record<string, unknown> | undefined)?.lang, request.headers['accept-language']);

/**
 * The register as web pages for people: the same records and filters as `/public/decisions`,
 * rendered on the server in Kazakh, Russian or English. Thin: parsing and markup live beside it.
 */
@ApiExcludeController()
@PublicRoute()
@RateLimit('public')
@UseFilters(RegisterPageFilter)
@Controller('register')
export class RegisterPageController {
  constructor(
    private readonly register: RegisterQuery,
    private readonly answers: RegisterAnswerCache,
  ) {}

  @Get()
  async list(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = languageOf(request);
    const { values, filters, errors } = await parseRegisterPageQuery(request.query);
    if (!filters) {
      await sendHtml(reply, 400, language.language, renderRegisterList({ language, values, errors }), false);
      return;
    }
    try {
      const answer = await this.answers.answer(answerKey('register', language, values), async () => {
        const page = await this.register.list(filters, { cursor: values.cursor, limit: PAGE_SIZE });
        return renderRegisterList({ language, values, errors, page }).text;
      });
      await sendHtml(reply, 200, language.language, keptPage(answer), true);
    } catch (error) {
      // A cursor from an old or edited link: the form stays usable and says what was wrong.
      if (!(error instanceof DomainError) || error.code !== ErrorCode.VALIDATION_FAILED) throw error;
      await sendHtml(reply, 400, language.language, renderRegisterList({ language, values, errors: error.details }), false);
    }
  }

  @Get('assets/register.css')
  async stylesheet(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(REGISTER_CSS);
  }

  @Get('assets/icon.svg')
  async icon(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('content-type', 'image/svg+xml').header('cache-control', 'public, max-age=86400').send(REGISTER_ICON_SVG);
  }

  @Get(':number')
  async decision(@Param('number') recordNumber: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const language = languageOf(request);
    if (recordNumber.length > MAX_RECORD_NUMBER_LENGTH) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    const answer = await this.answers.answer(answerKey('register/:number', language, recordNumber), async () => {
      const view = await this.register.byNumber(recordNumber);
      if (!view) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
      return renderDecision(view, language, await this.register.similarTo(recordNumber)).text;
    });
    await sendHtml(reply, 200, language.language, keptPage(answer), true);
  }
}
