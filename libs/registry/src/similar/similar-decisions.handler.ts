import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, SimilarDecisionsFoundV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { SimilarDecisionsRepository } from './similar-decisions.repository';

/**
 * The catalogue found similar published decisions: the register shows them beside each record.
 * Only records of this register are kept, so nothing from requests in flight can appear.
 */
@Injectable()
export class SimilarDecisionsFoundHandler implements EventHandler<'overlap.similar_decisions_found.v1'> {
  readonly eventType = 'overlap.similar_decisions_found.v1' as const;

  constructor(private readonly similar: SimilarDecisionsRepository) {}

  async handle(event: EventEnvelope<'overlap.similar_decisions_found.v1', SimilarDecisionsFoundV1>, manager: EntityManager): Promise<void> {
    await this.similar.record(manager, event.payload);
  }
}
