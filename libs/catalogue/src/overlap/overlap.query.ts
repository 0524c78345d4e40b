import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OverlapReport } from './overlap-report';

/** Reads of overlap reports for HTTP answers. */
@Injectable()
export class OverlapQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest report of a request. */
  async latest(requestId: string): Promise<OverlapReport | null> {
    const rows = (await this.dataSource.query(
      'SELECT report FROM catalogue.overlap_reports WHERE request_id = $1 ORDER BY computed_at DESC, id LIMIT 1',
      [requestId],
    )) as { report: OverlapReport }[];
    return rows[0]?.report ?? null;
  }
}
