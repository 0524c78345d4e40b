import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An idempotency key belongs to a person acting for one agency, not to the person alone: the
 * stored answer of one agency's request must never be replayed to the same person acting for
 * another. Keys already stored were scoped to the person; they are short-lived retry tokens,
 * so they are dropped rather than guessed into the new shape.
 */
export class IdempotencyKeyOwner1763900000000 implements MigrationInterface {
  name = 'IdempotencyKeyOwner1763900000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM intake.idempotency_keys');
    await runner.query('ALTER TABLE intake.idempotency_keys RENAME COLUMN principal TO owner');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM intake.idempotency_keys');
    await runner.query('ALTER TABLE intake.idempotency_keys RENAME COLUMN owner TO principal');
  }
}
