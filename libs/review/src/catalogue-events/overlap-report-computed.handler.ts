import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, OverlapReportComputedV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { OverlapReportRepository } from '../case/overlap-report.repository';

/**
 * The catalogue computed a case's overlap report: review keeps the reference, so the version's
 * screening task and every expert task show it, whichever event arrives first.
 */
@Injectable()
export class OverlapReportComputedHandler implements EventHandler<'overlap.report_computed.v1'> {
  readonly eventType = 'overlap.report_computed.v1' as const;

  constructor(private readonly reports: OverlapReportRepository) {}

  async handle(event: EventEnvelope<'overlap.report_computed.v1', OverlapReportComputedV1>, manager: EntityManager): Promise<void> {
    await this.reports.record(manager, event.payload);
  }
}
