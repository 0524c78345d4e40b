import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { OverlapReport } from './overlap-report';

/** Reports are kept, each as computed: a new one never rewrites an older one. */
@Injectable()
export class OverlapReportRepository {
  async insert(manager: EntityManager, report: OverlapReport): Promise<void> {
    await preparedQuery(
      manager,
      'catalogue.overlap_report_1',
      `INSERT INTO catalogue.overlap_reports (id, request_id, request_version, trigger, computed_at, report) VALUES ($1, $2, $3, $4, $5, $6)`,
      [report.id, report.requestId, report.requestVersion, report.trigger, report.automated.computedAt, JSON.stringify(report)],
    );
  }
}
