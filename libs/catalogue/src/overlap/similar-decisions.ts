import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SimilarDecisionV1 } from '@qaztech/contracts';
import { Clock } from '@qaztech/platform';
import { CatalogueOutbox } from '../shared/catalogue-outbox';
import { ReportOrigin } from './compute-overlap-report.use-case';
import { OverlapFinder } from './overlap-finder';
import { OverlapIndex } from './overlap-index';
import { OVERLAP_METHOD } from './overlap-report';

export const SIMILAR_DECISIONS = 5;
const MIN_SIMILARITY = 0.2;

/**
 * Similar published decisions, found among the register's own records only (public precedents:
 * nothing from requests in flight), for the register to show beside each record.
 */
@Injectable()
export class SimilarDecisions {
  constructor(
    private readonly index: OverlapIndex,
    private readonly finder: OverlapFinder,
    private readonly outbox: CatalogueOutbox,
    private readonly clock: Clock,
  ) {}

  async of(manager: EntityManager, recordNumber: string): Promise<SimilarDecisionV1[]> {
    const document = await this.index.find(manager, 'decision', recordNumber);
    if (!document) return [];
    const hits = await this.finder.find(manager, await this.index.glossary(manager), {
      document,
      kinds: ['decision'],
      minScore: MIN_SIMILARITY,
    });
    return hits
      .filter((hit) => hit.ref !== recordNumber)
      .slice(0, SIMILAR_DECISIONS)
      .map((hit) => ({
        recordNumber: hit.ref,
        decisionNumber: String(hit.details.decisionNumber ?? hit.ref),
        titleKk: hit.titleKk,
        titleRu: hit.titleRu,
        outcome: String(hit.details.outcome ?? ''),
        score: hit.score,
      }));
  }

  /** The new record's similar decisions, and again those of each record it is similar to. */
  async publish(manager: EntityManager, recordNumber: string, origin: ReportOrigin): Promise<void> {
    const similar = await this.of(manager, recordNumber);
    const records = [{ recordNumber, similar }];
    for (const other of similar) records.push({ recordNumber: other.recordNumber, similar: await this.of(manager, other.recordNumber) });
    await this.outbox.append(manager, {
      type: 'overlap.similar_decisions_found.v1',
      aggregateId: null,
      actor: origin.actor,
      correlationId: origin.correlationId,
      causedBy: origin.causedBy,
      payload: { computedAt: this.clock.now().toISOString(), method: OVERLAP_METHOD, records },
    });
  }
}
