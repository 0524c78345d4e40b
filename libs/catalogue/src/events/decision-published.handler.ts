import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionPublishedV1, DecisionPublishedV2, EventEnvelope } from '@qaztech/contracts';
import { Clock, EventHandler, systemActor } from '@qaztech/platform';
import { decisionDocument } from '../overlap/overlap-document';
import { OverlapIndex } from '../overlap/overlap-index';
import { SimilarDecisions } from '../overlap/similar-decisions';

/**
 * The register published a record. A decision becomes a precedent (with what its request said
 * it does) and its request leaves the requests in flight; a revocation or an expiry marks the
 * precedent. Similar published decisions are then found and sent to the register.
 */
@Injectable()
abstract class PublishedHandler<T extends 'decision.published.v1' | 'decision.published.v2'> implements EventHandler<T> {
  abstract readonly eventType: T;

  constructor(
    private readonly index: OverlapIndex,
    private readonly similar: SimilarDecisions,
    private readonly clock: Clock,
  ) {}

  async handle(event: EventEnvelope<T, DecisionPublishedV1 | DecisionPublishedV2>, manager: EntityManager): Promise<void> {
    const { record, decisionId, requestId } = event.payload;
    const now = this.clock.now();
    if (record.kind !== 'decision') {
      if (record.correctionOf)
        await this.index.mark(
          manager,
          'decision',
          record.correctionOf,
          true,
          { [record.kind === 'revocation' ? 'revoked' : 'expired']: true },
          now,
        );
      return;
    }
    const request = await this.index.find(manager, 'request', requestId);
    const glossary = await this.index.glossary(manager);
    await this.index.put(manager, decisionDocument(glossary, record, decisionId, request), now);
    if (request) await this.index.mark(manager, 'request', requestId, false, { decided: true, decisionNumber: record.decisionNumber }, now);
    await this.similar.publish(manager, record.recordNumber, {
      actor: systemActor('catalogue'),
      correlationId: event.correlationId,
      causedBy: { eventId: event.id, type: event.type, actor: event.actor },
    });
  }
}

@Injectable()
export class DecisionPublishedHandler extends PublishedHandler<'decision.published.v1'> {
  readonly eventType = 'decision.published.v1' as const;
}

@Injectable()
export class DecisionPublishedV2Handler extends PublishedHandler<'decision.published.v2'> {
  readonly eventType = 'decision.published.v2' as const;
}
