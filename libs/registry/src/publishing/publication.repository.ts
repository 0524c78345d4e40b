import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PublicationAnchoredV1, PublishedDecisionRecord } from '@qaztech/contracts';

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

/** The register's table of signed records: rows are only ever added. */
@Injectable()
export class PublicationRepository {
  /**
   * The next publication sequence. The counter row stays locked until the publishing
   * transaction ends, so publications take turns and a rolled-back one leaves no gap.
   */
  async nextSequence(manager: EntityManager): Promise<number> {
    const [rows] = (await manager.query(
      'UPDATE registry.publication_counter SET last_sequence = last_sequence + 1 WHERE id RETURNING last_sequence',
    )) as [{ last_sequence: string }[], number];
    const row = rows[0];
    if (!row) throw new Error('Publication counter is missing');
    return Number(row.last_sequence);
  }

  /**
   * Keeps where the ledger holds a publication, once: the first anchor stands (the table refuses
   * changes) and a repeated one changes nothing. The anchor must name the event this register
   * wrote for the publication; `false` when no publication matches.
   */
  async recordAnchor(anchor: PublicationAnchoredV1, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query(
      `WITH publication AS (
         SELECT id FROM registry.publications WHERE id = $1 AND published_event_id = $2
       ), added AS (
         INSERT INTO registry.anchors (publication_id, leaf_index, tree_size, root_hash, checkpoint)
         SELECT id, $3, $4, $5, $6 FROM publication
         ON CONFLICT (publication_id) DO NOTHING
       )
       SELECT 1 FROM publication`,
      [anchor.publicationId, anchor.publishedEventId, anchor.leafIndex, anchor.treeSize, anchor.rootHash, anchor.checkpoint],
    )) as unknown[];
    return rows.length > 0;
  }

  async publishedFrom(sourceEventId: string, manager: EntityManager): Promise<boolean> {
    const rows = (await manager.query('SELECT 1 FROM registry.publications WHERE source_event_id = $1', [sourceEventId])) as unknown[];
    return rows.length > 0;
  }

  /** Every record of a decision, oldest first. */
  async recordsOf(decisionId: string, manager: EntityManager): Promise<StoredRecord[]> {
    const rows = (await manager.query(
      'SELECT id, record_number, sequence, record FROM registry.publications WHERE decision_id = $1 ORDER BY sequence',
      [decisionId],
    )) as { id: string; record_number: string; sequence: string; record: PublishedDecisionRecord }[];
    return rows.map((row) => ({ id: row.id, recordNumber: row.record_number, sequence: Number(row.sequence), record: row.record }));
  }

  async insert(publication: NewPublication, manager: EntityManager): Promise<void> {
    const { record } = publication;
    await manager.query(
      `INSERT INTO registry.publications
         (id, sequence, record_number, kind, correction_of, decision_id, decision_number, request_id, source_event_id,
          published_event_id, record, jws, kid, bin, outcome, decision_date, reason_categories, data_categories, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        publication.id,
        publication.sequence,
        record.recordNumber,
        record.kind,
        record.correctionOf,
        publication.decisionId,
        record.decisionNumber,
        publication.requestId,
        publication.sourceEventId,
        publication.publishedEventId,
        JSON.stringify(record),
        publication.jws,
        publication.kid,
        record.applicant.bin,
        record.outcome,
        publication.decisionDate,
        record.reasonCategories,
        record.dataCategories,
        record.publishedAt,
      ],
    );
  }
}
