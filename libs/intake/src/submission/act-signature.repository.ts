import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ACT_SIGNATURE_COLUMNS, ActSignatureRow, actSignatureValues, preparedQuery } from '@qaztech/platform';

const PLACEHOLDERS = ACT_SIGNATURE_COLUMNS.split(',')
  .map((_, index) => `$${index + 1}`)
  .join(', ');

/** Keeps a signature with the act it signed; rows are never changed (the role may only insert). */
@Injectable()
export class ActSignatureRepository {
  async insert(manager: EntityManager, row: ActSignatureRow): Promise<void> {
    await preparedQuery(
      manager,
      'intake.insert_act_signature',
      `INSERT INTO intake.act_signatures (${ACT_SIGNATURE_COLUMNS}) VALUES (${PLACEHOLDERS})`,
      actSignatureValues(row),
    );
  }
}
