import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventEnvelope, PublicationAnchoredV1 } from '@qaztech/contracts';
import { EventHandler } from '@qaztech/platform';
import { PublicationRepository } from './publication.repository';

/**
 * The ledger signed a checkpoint holding one of the register's records: the record shows it from
 * now on, so a reader can prove the record is in the history everybody else sees.
 */
@Injectable()
export class PublicationAnchoredHandler implements EventHandler<'audit.publication_anchored.v1'> {
  readonly eventType = 'audit.publication_anchored.v1' as const;
  private readonly logger = new Logger(PublicationAnchoredHandler.name);

  constructor(private readonly publications: PublicationRepository) {}

  async handle(event: EventEnvelope<'audit.publication_anchored.v1', PublicationAnchoredV1>, manager: EntityManager): Promise<void> {
    const anchor = event.payload;
    if (!(await this.publications.recordAnchor(manager, anchor))) {
      // The ledger records only what this register published, so this is a fault, not a race:
      // failing keeps the event on the queue and in sight instead of showing a wrong anchor.
      throw new Error(
        `Anchor names publication ${anchor.publicationId} with event ${anchor.publishedEventId}, which this register did not write`,
      );
    }
    this.logger.log({
      msg: 'publication anchored',
      publicationId: anchor.publicationId,
      leafIndex: anchor.leafIndex,
      treeSize: anchor.treeSize,
    });
  }
}
