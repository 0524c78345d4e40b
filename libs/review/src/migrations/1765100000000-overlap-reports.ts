import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What review keeps of each case's overlap report, from the catalogue's event: a reference and a
 * summary per submitted version, shown on that version's screening and expert tasks.
 */
export class OverlapReports1765100000000 implements MigrationInterface {
  name = 'OverlapReports1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE review.overlap_reports (
        request_id      uuid NOT NULL,
        request_version int NOT NULL,
        report_id       uuid NOT NULL,
        computed_at     timestamptz NOT NULL,
        summary         jsonb NOT NULL,
        PRIMARY KEY (request_id, request_version)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE review.overlap_reports');
  }
}
