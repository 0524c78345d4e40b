import { Controller, Get, Inject, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { Answers, Clock, ErrorCode, mediaAnswer, Roles } from '@qaztech/platform';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { exportLedger } from '../export/ledger-export';
import { toNdjson } from '../export/ndjson';
import { AUDIT_CONFIG, AuditConfig } from '../shared/audit-config';
import { ExportQuery } from './audit-queries.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/export')
@Roles('auditor')
@UseInterceptors(RecordAccessInterceptor)
export class ExportController {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(AUDIT_CONFIG) private readonly config: AuditConfig,
    private readonly clock: Clock,
  ) {}

  @Answers(mediaAnswer('application/x-ndjson'), {
    description: 'One JSON document a line: entries, then checkpoints',
    errors: [ErrorCode.VALIDATION_FAILED],
  })
  @Get()
  @ApiOperation({ summary: 'The ledger (or a time range of it) as NDJSON, for `npm run ledger -- verify`' })
  async export(@Query() query: ExportQuery, @Res() reply: FastifyReply): Promise<void> {
    const range = { from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined };
    const stream = Readable.from(toNdjson(exportLedger(this.dataSource.manager, this.config.AUDIT_LOG_ORIGIN, range, this.clock)));
    await reply
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', 'attachment; filename="ledger-export.ndjson"')
      .header('cache-control', 'no-store')
      .send(stream);
  }
}
