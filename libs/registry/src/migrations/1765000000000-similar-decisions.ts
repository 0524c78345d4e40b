import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Similar published decisions beside each record, as the catalogue found them among the
 * register's own records. Changing a list changes the register's answers, so it notifies the
 * channel the answer caches listen on, like a publication does.
 */
export class SimilarDecisions1765000000000 implements MigrationInterface {
  name = 'SimilarDecisions1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.similar_decisions (
        record_number text PRIMARY KEY,
        records       jsonb NOT NULL,
        computed_at   timestamptz NOT NULL
      )`);
    await runner.query(`CREATE TRIGGER similar_decisions_notify_register_changed AFTER INSERT OR UPDATE ON registry.similar_decisions
                        FOR EACH STATEMENT EXECUTE FUNCTION registry.notify_register_changed()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE registry.similar_decisions');
  }
}
