import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request form a draft follows (requests written before capability claims keep version 1
 * and the rules they were written under), and the platform operator's obligations to applicants,
 * as review announces them.
 */
export class RequestFormAndObligations1764910000000 implements MigrationInterface {
  name = 'RequestFormAndObligations1764910000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE intake.requests ADD COLUMN form_version int NOT NULL DEFAULT 1 CHECK (form_version >= 1)');
    await runner.query(`
      CREATE TABLE intake.platform_obligations (
        id                  uuid PRIMARY KEY,
        request_id          uuid NOT NULL REFERENCES intake.requests (id),
        agency_bin          char(12) NOT NULL,
        registration_number text NOT NULL,
        decision_id         uuid NOT NULL,
        decision_number     text NOT NULL,
        opinion_id          uuid NOT NULL,
        offer               jsonb NOT NULL,
        offered_by          jsonb NOT NULL,
        recorded_at         timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX platform_obligations_request ON intake.platform_obligations (request_id, recorded_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE intake.platform_obligations');
    await runner.query('ALTER TABLE intake.requests DROP COLUMN form_version');
  }
}
