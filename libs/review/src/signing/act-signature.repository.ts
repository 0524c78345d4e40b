import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ACT_SIGNATURE_COLUMNS, ActSignatureRow, actSignatureValues, preparedQuery } from '@qaztech/platform';

const PLACEHOLDERS = ACT_SIGNATURE_COLUMNS.split(',')
  .map((_, index) => `$${index + 1}`)
  .join(', ');

/** Keeps a signature with the review act it signed; rows are never changed (the role may only insert). */
@Injectable()
export class ReviewActSignatureRepository {
  /** False when this very signature of this act is kept already. */
  async insert(manager: EntityManager, row: ActSignatureRow): Promise<boolean> {
    const inserted = await preparedQuery<{ id: string }>(
      manager,
      'review.insert_act_signature',
      `INSERT INTO review.act_signatures (${ACT_SIGNATURE_COLUMNS}) VALUES (${PLACEHOLDERS}) ON CONFLICT (act, act_id) DO NOTHING RETURNING id`,
      actSignatureValues(row),
    );
    return inserted.length > 0;
  }
}
