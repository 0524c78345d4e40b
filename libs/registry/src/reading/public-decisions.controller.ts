import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, ErrorCode, PublicRoute, RateLimit } from '@qaztech/platform';
import { sendCacheable } from './http-cache';
import { withLinks } from './public-view';
import { filtersOf, RegisterQueryDto } from './register-query.dto';
import { RegisterQuery } from './register.query';

const JSON_TYPE = 'application/json; charset=utf-8';

/** The register as JSON: anyone may read it, no token needed. */
@ApiTags('public register')
@PublicRoute()
@RateLimit('public')
@Controller('public/decisions')
export class PublicDecisionsController {
  constructor(private readonly register: RegisterQuery) {}

  @Get()
  @ApiOperation({ summary: 'Published records, newest first, filtered and paged by cursor' })
  async list(@Query() query: RegisterQueryDto, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const page = await this.register.list(filtersOf(query), { cursor: query.cursor, limit: query.limit ?? 20 });
    const body = { items: page.items.map(withLinks), nextCursor: page.nextCursor };
    await sendCacheable(request, reply, JSON_TYPE, JSON.stringify(body));
  }

  @Get(':number')
  @ApiOperation({ summary: 'One record by its number, with its signature and what corrects it' })
  async byNumber(@Param('number') recordNumber: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const view = recordNumber.length <= 40 ? await this.register.byNumber(recordNumber) : null;
    if (!view) throw new DomainError(ErrorCode.DECISION_NOT_FOUND);
    await sendCacheable(request, reply, JSON_TYPE, JSON.stringify(withLinks(view)));
  }
}
