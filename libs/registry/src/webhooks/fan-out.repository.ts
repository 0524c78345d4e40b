import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionPublishedV1, DecisionPublishedV2, PublishedDecisionRecord } from '@qaztech/contracts';
import { canonicalJson } from '@qaztech/platform';

interface PublicationRow {
  id: string;
  sequence: string;
  decision_id: string;
  request_id: string;
  record: PublishedDecisionRecord;
  jws: string;
  kid: string;
}

/** A publication of either version: the register keeps records as they were signed. */
export type Publication = DecisionPublishedV1 | DecisionPublishedV2;

/**
 * What a subscriber receives: the `decision.published.v*` payload in RFC 8785 canonical JSON,
 * fixed once so that every attempt sends (and signs) the same bytes.
 */
export function deliveryBody(publication: Publication): string {
  const { publicationId, sequence, decisionId, requestId, record, jws, kid } = publication;
  return canonicalJson({ publicationId, sequence, decisionId, requestId, record, jws, kid });
}

/**
 * The event a delivery's body is the payload of, for the `x-qaztech-event` header: a record of
 * version 2 says whether the exemption is in force; one of version 1 does not.
 */
export function deliveryEventType(body: string): 'decision.published.v1' | 'decision.published.v2' {
  const { record } = JSON.parse(body) as { record: object };
  return 'exemptionInForce' in record ? 'decision.published.v2' : 'decision.published.v1';
}

/** Turns publications into deliveries, strictly in the register's sequence. */
@Injectable()
export class FanOutRepository {
  /** The last sequence fanned out, held until the transaction ends so fan-outs take turns. */
  async lockProgress(manager: EntityManager): Promise<number> {
    const rows = (await manager.query('SELECT last_sequence FROM registry.webhook_fan_out FOR UPDATE')) as { last_sequence: string }[];
    return Number(rows[0]!.last_sequence);
  }

  async saveProgress(sequence: number, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE registry.webhook_fan_out SET last_sequence = $1', [sequence]);
  }

  /** Publications already in the register with a sequence in [from, to], in order. */
  async publishedBetween(from: number, to: number, manager: EntityManager): Promise<Publication[]> {
    const rows = (await manager.query(
      `SELECT id, sequence, decision_id, request_id, record, jws, kid FROM registry.publications
        WHERE sequence BETWEEN $1 AND $2 ORDER BY sequence`,
      [from, to],
    )) as PublicationRow[];
    return rows.map((row) => ({
      publicationId: row.id,
      sequence: Number(row.sequence),
      decisionId: row.decision_id,
      requestId: row.request_id,
      record: row.record,
      jws: row.jws,
      kid: row.kid,
    })) as Publication[];
  }

  /** One pending delivery per active subscription; returns how many were created. */
  async fanOut(publication: Publication, manager: EntityManager): Promise<number> {
    const rows = (await manager.query(
      `INSERT INTO registry.webhook_deliveries (id, subscription_id, publication_id, sequence, body)
       SELECT gen_random_uuid(), s.id, $1, $2, $3 FROM registry.webhook_subscriptions s WHERE s.status = 'active'
       ON CONFLICT (subscription_id, publication_id) DO NOTHING RETURNING id`,
      [publication.publicationId, publication.sequence, deliveryBody(publication)],
    )) as unknown[];
    return rows.length;
  }
}
