import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionPublishedV1, DecisionPublishedV2, PublishedDecisionRecord } from '@qaztech/contracts';
import { canonicalJson, preparedQuery } from '@qaztech/platform';

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

const FAN_OUT = 'registry.webhook_fan_out';

/** Turns publications into deliveries, strictly in the register's sequence. */
@Injectable()
export class FanOutRepository {
  /** The last sequence fanned out, held until the transaction ends so fan-outs take turns. */
  async lockProgress(manager: EntityManager): Promise<number> {
    const row = await manager
      .createQueryBuilder()
      .select('f.last_sequence', 'last_sequence')
      .from(FAN_OUT, 'f')
      .setLock('pessimistic_write')
      .getRawOne<{ last_sequence: string }>();
    return Number(row!.last_sequence);
  }

  async saveProgress(manager: EntityManager, sequence: number): Promise<void> {
    await manager.createQueryBuilder().update(FAN_OUT).set({ last_sequence: sequence }).execute();
  }

  /** Publications already in the register with a sequence in [from, to], in order. */
  async publishedBetween(manager: EntityManager, from: number, to: number): Promise<Publication[]> {
    const rows = await manager
      .createQueryBuilder()
      .select(['p.id AS id', 'p.sequence AS sequence', 'p.decision_id AS decision_id', 'p.request_id AS request_id'])
      .addSelect(['p.record AS record', 'p.jws AS jws', 'p.kid AS kid'])
      .from('registry.publications', 'p')
      .where('p.sequence BETWEEN :from AND :to', { from, to })
      .orderBy('p.sequence')
      .getRawMany<PublicationRow>();
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
  async fanOut(manager: EntityManager, publication: Publication): Promise<number> {
    const rows = await preparedQuery(
      manager,
      'registry.fan_out',
      `INSERT INTO registry.webhook_deliveries (id, subscription_id, publication_id, sequence, body)
       SELECT gen_random_uuid(), s.id, $1, $2, $3 FROM registry.webhook_subscriptions s WHERE s.status = 'active'
       ON CONFLICT (subscription_id, publication_id) DO NOTHING RETURNING id`,
      [publication.publicationId, publication.sequence, deliveryBody(publication)],
    );
    return rows.length;
  }
}
