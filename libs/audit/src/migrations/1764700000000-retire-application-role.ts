import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `qaztech_app` was granted the ledger for services to run as, and none did; each context now
 * connects as a role of its own. Its rights here go; the role itself goes too unless another
 * database on the server still grants it something, or the owner may not drop roles.
 */
export class RetireApplicationRole1764700000000 implements MigrationInterface {
  name = 'RetireApplicationRole1764700000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'qaztech_app') THEN
          REVOKE ALL ON ALL TABLES IN SCHEMA audit FROM qaztech_app;
          REVOKE ALL ON ALL SEQUENCES IN SCHEMA audit FROM qaztech_app;
          REVOKE ALL ON SCHEMA audit FROM qaztech_app;
          BEGIN
            DROP ROLE qaztech_app;
          EXCEPTION WHEN dependent_objects_still_exist OR insufficient_privilege THEN
            NULL;
          END;
        END IF;
      END $$`);
  }

  async down(): Promise<void> {
    // Nothing to restore: no service ever connected as it.
  }
}
