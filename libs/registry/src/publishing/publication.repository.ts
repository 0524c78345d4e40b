import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PublicationAnchoredV1, PublishedDecisionRecord } from '@qaztech/contracts';
import { preparedQuery } from '@qaztech/platform';

export interface StoredRecord {
  id: string;
  recordNumber: string;
  sequence: number;
  record: PublishedDecisionRecord;
}

export interface NewPublication {
  id: string;
  sequence: number;
  decisionId: string;
  requestId: string;
  sourceEventId: string;
  publishedEventId: string;
  record: PublishedDecisionRecord;
  jws: string;
  kid: string;
  decisionDate: string;
}

const PUBLICATIONS = 'registry.publications';

/** The register's table of signed records: rows are only ever added. */
@Injectable()
export class PublicationRepository {
  /**
   * The next publication sequence. The counter row stays locked until the publishing
   * transaction ends, so publications take turns and a rolled-back one leaves no gap.
   */
  async nextSequence(manager: EntityManager): Promise<number> {
    const { raw } = await manager
      .createQueryBuilder()
      .update('registry.publication_counter')
      .set({ last_sequence: () => 'last_sequence + 1' })
      .where('id')
      .returning('last_sequence')
      .execute();
    const row = (raw as { last_sequence: string }[])[0];
    if (!row) throw new Error('Publication counter is missing');
    return Number(row.last_sequence);
  }

  /**
   * Keeps where the ledger holds a publication, once: the first anchor stands (the table refuses
   * changes) and a repeated one changes nothing. The anchor must name the event this register
   * wrote for the publication; `false` when no publication matches. One statement, prepared.
   */
  async recordAnchor(manager: EntityManager, anchor: PublicationAnchoredV1): Promise<boolean> {
    const rows = await preparedQuery(
      manager,
      'registry.record_anchor',
      `WITH publication AS (
         SELECT id FROM registry.publications WHERE id = $1 AND published_event_id = $2
       ), added AS (
         INSERT INTO registry.anchors (publication_id, leaf_index, tree_size, root_hash, checkpoint)
         SELECT id, $3, $4, $5, $6 FROM publication
         ON CONFLICT (publication_id) DO NOTHING
       )
       SELECT 1 FROM publication`,
      [anchor.publicationId, anchor.publishedEventId, anchor.leafIndex, anchor.treeSize, anchor.rootHash, anchor.checkpoint],
    );
    return rows.length > 0;
  }

  async publishedFrom(manager: EntityManager, sourceEventId: string): Promise<boolean> {
    const row = await manager
      .createQueryBuilder()
      .select('1', 'found')
      .from(PUBLICATIONS, 'p')
      .where('p.source_event_id = :sourceEventId', { sourceEventId })
      .getRawOne<{ found: number }>();
    return row !== undefined;
  }

  /** Every record of a decision, oldest first. */
  async recordsOf(manager: EntityManager, decisionId: string): Promise<StoredRecord[]> {
    const rows = await manager
      .createQueryBuilder()
      .select(['p.id AS id', 'p.record_number AS record_number', 'p.sequence AS sequence', 'p.record AS record'])
      .from(PUBLICATIONS, 'p')
      .where('p.decision_id = :decisionId', { decisionId })
      .orderBy('p.sequence')
      .getRawMany<{ id: string; record_number: string; sequence: string; record: PublishedDecisionRecord }>();
    return rows.map((row) => ({ id: row.id, recordNumber: row.record_number, sequence: Number(row.sequence), record: row.record }));
  }

  async insert(manager: EntityManager, publication: NewPublication): Promise<void> {
    const { record } = publication;
    await manager
      .createQueryBuilder()
      .insert()
      .into(PUBLICATIONS)
      .values({
        id: publication.id,
        sequence: publication.sequence,
        record_number: record.recordNumber,
        kind: record.kind,
        correction_of: record.correctionOf,
        decision_id: publication.decisionId,
        decision_number: record.decisionNumber,
        request_id: publication.requestId,
        source_event_id: publication.sourceEventId,
        published_event_id: publication.publishedEventId,
        record: JSON.stringify(record),
        jws: publication.jws,
        kid: publication.kid,
        bin: record.applicant.bin,
        outcome: record.outcome,
        decision_date: publication.decisionDate,
        reason_categories: record.reasonCategories,
        data_categories: record.dataCategories,
        published_at: record.publishedAt,
      })
      .execute();
  }
}
