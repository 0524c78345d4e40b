import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute, RateLimit } from '@qaztech/platform';
import { REGISTRY_CONFIG, RegistryConfig } from '../shared/registry-config';
import { atomFeed } from './atom-feed';
import { CSV_HEADER, csvRows } from './csv-export';
import { sendAnswer } from './http-cache';
import { answerKey, RegisterAnswerCache } from './register-answer-cache';
import { filtersOf, RegisterQueryDto } from './register-query.dto';
import { RegisterQuery } from './register.query';

/** Pages of the export: the whole filtered register leaves in chunks, not in one query. */
const EXPORT_PAGE = 500;

/** The register as an Atom feed and as CSV, with the same filters as the JSON list. */
@ApiTags('public register')
@PublicRoute()
@RateLimit('public')
@Controller('public')
export class PublicFeedsController {
  constructor(
    private readonly register: RegisterQuery,
    private readonly answers: RegisterAnswerCache,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Get('decisions.atom')
  @ApiProduces('application/atom+xml')
  @ApiOperation({ summary: 'Atom 1.0 feed of published records, newest first (the latest page)' })
  async atom(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const filters = filtersOf(query);
    // The feed names its own address, so the address as asked is part of the key.
    const answer = await this.answers.answer(answerKey('decisions.atom', request.url), async () => {
      const page = await this.register.list(filters, { cursor: query.cursor, limit: query.limit ?? 50 });
      const base = this.config.REGISTRY_PUBLIC_URL;
      return Buffer.from(atomFeed(page.items, base, `${base}${request.url}`));
    });
    await sendAnswer(request, reply, 'application/atom+xml; charset=utf-8', answer);
  }

  @Get('decisions.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every published record matching the filters as CSV (RFC 4180, UTF-8 with BOM)' })
  async csv(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const filters = filtersOf(query);
    const answer = await this.answers.answer(answerKey('decisions.csv', filters, query.cursor, query.limit), async () => {
      let body = CSV_HEADER;
      let cursor = query.cursor;
      do {
        const page = await this.register.list(filters, { cursor, limit: query.limit ?? EXPORT_PAGE });
        body += csvRows(page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor !== undefined && query.limit === undefined);
      return body;
    });
    void reply.header('content-disposition', 'attachment; filename="qaztech-register.csv"');
    await sendAnswer(request, reply, 'text/csv; charset=utf-8; header=present', answer);
  }
}
