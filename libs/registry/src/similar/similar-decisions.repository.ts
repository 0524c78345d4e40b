import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { SimilarDecisionsFoundV1 } from '@qaztech/contracts';

/** Keeps each record's similar decisions, the newest computation winning. */
@Injectable()
export class SimilarDecisionsRepository {
  async record(manager: EntityManager, found: SimilarDecisionsFoundV1): Promise<void> {
    if (found.records.length === 0) return;
    await preparedQuery(
      manager,
      'registry.similar_decisions_write_1',
      `INSERT INTO registry.similar_decisions (record_number, records, computed_at)
       SELECT r.record_number, r.records, $2 FROM jsonb_to_recordset($1::jsonb) AS r(record_number text, records jsonb)
        WHERE EXISTS (SELECT 1 FROM registry.publications p WHERE p.record_number = r.record_number)
       ON CONFLICT (record_number) DO UPDATE SET records = excluded.records, computed_at = excluded.computed_at
        WHERE registry.similar_decisions.computed_at <= excluded.computed_at`,
      [JSON.stringify(found.records.map((record) => ({ record_number: record.recordNumber, records: record.similar }))), found.computedAt],
    );
  }
}
