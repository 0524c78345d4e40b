import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { GlossaryRepository, GlossaryTermRow } from './glossary.repository';
import { OverlapReport } from './overlap-report';

/** Reads of overlap reports and the glossary for HTTP answers. */
@Injectable()
export class OverlapQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly glossary: GlossaryRepository,
  ) {}

  /** The glossary, every term with whether it is still the seed's. */
  async glossaryTerms(): Promise<GlossaryTermRow[]> {
    return this.glossary.list(this.dataSource.manager);
  }

  /** The newest report of a request. */
  async latest(requestId: string): Promise<OverlapReport | null> {
    const rows = (await preparedQuery(
      this.dataSource,
      'catalogue.overlap_report_read_1',
      'SELECT report FROM catalogue.overlap_reports WHERE request_id = $1 ORDER BY computed_at DESC, id LIMIT 1',
      [requestId],
    )) as { report: OverlapReport }[];
    return rows[0]?.report ?? null;
  }
}
