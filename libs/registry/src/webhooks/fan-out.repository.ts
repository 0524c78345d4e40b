import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DecisionPublishedV1, PublishedDecisionRecordV1 } from '@qaztech/contracts';
import { canonicalJson, preparedQuery } from '@qaztech/platform';

interface PublicationRow {
  id: string;
  sequence: string;
  decision_id: string;
  request_id: string;
  record: PublishedDecisionRecordV1;
  jws: string;
  kid: string;
}

/**
 * What a subscriber receives: the `decision.published.v1` payload in RFC 8785 canonical JSON,
 * fixed once so that every attempt sends (and signs) the same bytes.
 */
export function deliveryBody(publication: DecisionPublishedV1): string {
  const { publicationId, sequence, decisionId, requestId, record, jws, kid } = publication;
  return canonicalJson({ publicationId, sequence, decisionId, requestId, record, jws, kid });
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
  async publishedBetween(manager: EntityManager, from: number, to: number): Promise<DecisionPublishedV1[]> {
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
    }));
  }

  /** One pending delivery per active subscription; returns how many were created. */
  async fanOut(manager: EntityManager, publication: DecisionPublishedV1): Promise<number> {
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
