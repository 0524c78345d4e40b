import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EventActor, EventCause } from '@qaztech/contracts';
import { Clock, DomainError, inTransaction } from '@qaztech/platform';
import { CatalogueError } from '../shared/catalogue-errors';
import { CatalogueOutbox } from '../shared/catalogue-outbox';
import { OverlapFinder } from './overlap-finder';
import { buildReport, MIN_SCORE, OverlapReport, reportComputed, ReportTrigger } from './overlap-report';
import { OverlapReportRepository } from './overlap-report.repository';

export interface ReportOrigin {
  actor: EventActor;
  correlationId: string;
  causedBy?: EventCause;
}

/**
 * Computes a request's overlap report, keeps it, and tells review (which shows it on the case's
 * tasks) and the ledger, in one transaction: the caller's, when an event brought the request.
 */
@Injectable()
export class ComputeOverlapReportUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly finder: OverlapFinder,
    private readonly reports: OverlapReportRepository,
    private readonly outbox: CatalogueOutbox,
    private readonly clock: Clock,
  ) {}

  async onDemand(requestId: string, origin: ReportOrigin): Promise<OverlapReport> {
    return inTransaction(this.dataSource, (manager) => this.compute(manager, requestId, 'on_demand', origin));
  }

  async compute(manager: EntityManager, requestId: string, trigger: ReportTrigger, origin: ReportOrigin): Promise<OverlapReport> {
    const found = await this.finder.forRequest(manager, requestId, MIN_SCORE);
    if (!found) throw new DomainError(CatalogueError.OVERLAP_REPORT_NOT_FOUND);
    const { request, hits } = found;
    const report = buildReport(randomUUID(), request, hits, trigger, this.clock.now());
    await this.reports.insert(manager, report);
    await this.outbox.append(manager, {
      type: 'overlap.report_computed.v1',
      aggregateId: request.ref,
      actor: origin.actor,
      correlationId: origin.correlationId,
      causedBy: origin.causedBy,
      payload: reportComputed(report),
    });
    return report;
  }
}
