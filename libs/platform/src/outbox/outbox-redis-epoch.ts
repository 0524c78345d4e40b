import { MigrationInterface, QueryRunner } from 'typeorm';
import { ContextName } from '@qaztech/contracts';

/**
 * Each relay remembers which Redis it published to (an identity Redis keeps for as long as it
 * keeps its data) and since when: a Redis that comes back empty has a new identity, and what was
 * published to the old one is published again.
 *
 * One migration of each context's list, on that context's outbox head. Every copy keeps the name
 * the change had when one list served every schema, so a database migrated then counts it done.
 */
export function outboxRedisEpochMigration(schema: ContextName): new () => MigrationInterface {
  return class OutboxRedisEpoch1764400000000 implements MigrationInterface {
    name = 'OutboxRedisEpoch1764400000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(`ALTER TABLE ${schema}.outbox_head ADD COLUMN redis_epoch text, ADD COLUMN redis_epoch_since timestamptz`);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query(`ALTER TABLE ${schema}.outbox_head DROP COLUMN redis_epoch, DROP COLUMN redis_epoch_since`);
    }
  };
}
