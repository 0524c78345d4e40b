import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PublicRoute, RateLimit } from '@qaztech/platform';
import { REGISTRY_CONFIG, RegistryConfig } from '../shared/registry-config';
import { atomFeed } from './atom-feed';
import { CSV_HEADER, csvRows } from './csv-export';
import { sendCacheable } from './http-cache';
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
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  @Get('decisions.atom')
  @ApiProduces('application/atom+xml')
  @ApiOperation({ summary: 'Atom 1.0 feed of published records, newest first (the latest page)' })
  async atom(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = await this.register.list(filtersOf(query), { cursor: query.cursor, limit: query.limit ?? 50 });
    const base = this.config.REGISTRY_PUBLIC_URL;
    const feed = atomFeed(page.items, base, `${base}${request.url}`);
    await sendCacheable(request, reply, 'application/atom+xml; charset=utf-8', feed);
  }

  @Get('decisions.csv')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'Every published record matching the filters as CSV (RFC 4180, UTF-8 with BOM)' })
  async csv(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const filters = filtersOf(query);
    let body = CSV_HEADER;
    let cursor = query.cursor;
    do {
      const page = await this.register.list(filters, { cursor, limit: query.limit ?? EXPORT_PAGE });
      body += csvRows(page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined && query.limit === undefined);
    void reply.header('content-disposition', 'attachment; filename="qaztech-register.csv"');
    await sendCacheable(request, reply, 'text/csv; charset=utf-8; header=present', body);
  }
}
