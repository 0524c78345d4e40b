import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { OverlapReportComputedV1 } from '@qaztech/contracts';

/** A case's overlap report as review shows it: where to read it, when it was made, its best hits. */
export interface OverlapReportRef {
  reportId: string;
  path: string;
  computedAt: string;
  automated: true;
  method: OverlapReportComputedV1['method'];
  counts: OverlapReportComputedV1['counts'];
  top: OverlapReportComputedV1['top'];
}

/**
 * The reference to each version's newest overlap report. Review never reads the catalogue's
 * schema: the catalogue's event brings what is kept here.
 */
@Injectable()
export class OverlapReportRepository {
  /** Keeps the report unless a newer one of the same version is already kept. */
  async record(manager: EntityManager, report: OverlapReportComputedV1): Promise<void> {
    const summary: OverlapReportRef = {
      reportId: report.reportId,
      path: report.path,
      computedAt: report.computedAt,
      automated: true,
      method: report.method,
      counts: report.counts,
      top: report.top,
    };
    await preparedQuery(
      manager,
      'review.overlap_report_1',
      `INSERT INTO review.overlap_reports (request_id, request_version, report_id, computed_at, summary) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (request_id, request_version) DO UPDATE SET report_id = excluded.report_id, computed_at = excluded.computed_at,
         summary = excluded.summary WHERE review.overlap_reports.computed_at <= excluded.computed_at`,
      [report.requestId, report.requestVersion, report.reportId, report.computedAt, JSON.stringify(summary)],
    );
  }

  /** The reports of these (request, version) pairs, keyed `requestId/version`. */
  async of(manager: EntityManager, keys: readonly { requestId: string; version: number }[]): Promise<Map<string, OverlapReportRef>> {
    if (keys.length === 0) return new Map();
    const rows = (await preparedQuery(
      manager,
      'review.overlap_report_2',
      `SELECT r.request_id, r.request_version, r.summary FROM review.overlap_reports r
         JOIN jsonb_to_recordset($1::jsonb) AS k("requestId" uuid, version int) ON k."requestId" = r.request_id AND k.version = r.request_version`,
      [JSON.stringify(keys)],
    )) as { request_id: string; request_version: number; summary: OverlapReportRef }[];
    return new Map(rows.map((row) => [`${row.request_id}/${row.request_version}`, row.summary]));
  }
}
