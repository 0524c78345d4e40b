import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Answers, ErrorCode, mediaAnswer, PublicRoute, RateLimit } from '@qaztech/platform';
import { REGISTRY_CONFIG, RegistryConfig } from '../shared/registry-config';
import { atomFeed } from './atom-feed';
import { CSV_HEADER, csvRows } from './csv-export';
import { etagOf, sendAnswer, sendStream } from './http-cache';
import { answerKey, RegisterAnswerCache } from './register-answer-cache';
import { filtersOf, RegisterQueryDto } from './register-query.dto';
import { RegisterFilters, RegisterPage, RegisterQuery } from './register.query';

const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

/**
 * The address the reader asked for: Fastify takes the scheme and host from X-Forwarded-Proto and
 * X-Forwarded-Host only when TRUST_PROXY names the proxy, from the connection and Host otherwise.
 */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

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

  @Answers(mediaAnswer('application/atom+xml'), { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get('decisions.atom')
  @ApiOperation({ summary: 'Atom 1.0 feed of published records, newest first (the latest page)' })
  async atom(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const filters = filtersOf(query);
    const base = this.config.REGISTRY_PUBLIC_URL || originOf(request);
    // The feed names its own address, so the address as asked is part of the key.
    const answer = await this.answers.answer(answerKey('decisions.atom', base, request.url), async () => {
      const page = await this.register.list(filters, { cursor: query.cursor, limit: query.limit ?? 50 });
      return Buffer.from(atomFeed(page.items, base, `${base}${request.url}`));
    });
    await sendAnswer(request, reply, 'application/atom+xml; charset=utf-8', answer);
  }

  @Answers(mediaAnswer('text/csv'), { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get('decisions.csv')
  @ApiOperation({ summary: 'Every published record matching the filters as CSV (RFC 4180, UTF-8 with BOM)' })
  async csv(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const filters = filtersOf(query);
    void reply.header('content-disposition', 'attachment; filename="qaztech-register.csv"');
    if (query.limit !== undefined) {
      const limit = query.limit;
      const answer = await this.answers.answer(answerKey('decisions.csv', filters, query.cursor, limit), async () => {
        const page = await this.register.list(filters, { cursor: query.cursor, limit });
        return CSV_HEADER + csvRows(page.items);
      });
      await sendAnswer(request, reply, CSV_TYPE, answer);
      return;
    }
    // The whole register grows without bound, so it is never held whole: it leaves page by page,
    // every page as the register stood at its newest sequence when the export began. That
    // sequence, which every publication (a correction too) moves, and the columns name the tag.
    const { lastSequence: through } = await this.register.head();
    const etag = `W/${etagOf(answerKey('decisions.csv', CSV_HEADER, through, filters, query.cursor))}`;
    await sendStream(request, reply, CSV_TYPE, etag, async () => {
      const first = await this.register.list(filters, { cursor: query.cursor, limit: this.config.REGISTRY_EXPORT_PAGE_SIZE, through });
      return this.exportFrom(filters, first, through);
    });
  }

  private async *exportFrom(filters: RegisterFilters, first: RegisterPage, through: number): AsyncGenerator<string> {
    yield CSV_HEADER + csvRows(first.items);
    let cursor = first.nextCursor ?? undefined;
    while (cursor !== undefined) {
      const page = await this.register.list(filters, { cursor, limit: this.config.REGISTRY_EXPORT_PAGE_SIZE, through });
      yield csvRows(page.items);
      cursor = page.nextCursor ?? undefined;
    }
  }
}
