import { Controller, Get, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answers, decodeCursor, ErrorCode, Page, Roles, toPage } from '@qaztech/platform';
import { RecordAccessInterceptor } from '../access/record-access.interceptor';
import { LedgerQuery } from '../log-store/ledger.query';
import { EventsQuery } from './audit-queries.dto';
import { EntryView, toEntryView } from './entry.view';
import { EntryPageView } from './entry.view';

const acceptIndex = (values: unknown[]): number | undefined =>
  values.length === 1 && Number.isSafeInteger(values[0]) && (values[0] as number) >= 0 ? (values[0] as number) : undefined;

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/events')
@Roles('auditor')
@UseInterceptors(RecordAccessInterceptor)
export class EventsController {
  constructor(private readonly ledger: LedgerQuery) {}

  @Answers(EntryPageView, { errors: [ErrorCode.VALIDATION_FAILED] })
  @Get()
  @ApiOperation({ summary: 'Ledger entries by request, registration number, actor, agency, type and time' })
  async list(@Query() query: EventsQuery): Promise<Page<EntryView>> {
    const limit = query.limit ?? 50;
    let requestId = query.requestId;
    if (query.registrationNumber) {
      const registered = await this.ledger.requestIdOfRegistration(query.registrationNumber);
      // A number the ledger never saw matches nothing, whatever else is asked.
      if (!registered || (requestId && registered !== requestId)) return { items: [] };
      requestId = registered;
    }
    const rows = await this.ledger.events({
      requestId,
      actorId: query.actor,
      agencyBin: query.agencyBin,
      eventTypes: query.type,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      order: query.order ?? 'newest',
      after: query.cursor ? decodeCursor(query.cursor, acceptIndex) : undefined,
      limit,
    });
    return toPage(rows, limit, toEntryView, (row) => [row.index]);
  }
}
