import { MigrationInterface, QueryRunner } from 'typeorm';
import { actSignaturesTableSql } from '@qaztech/platform';

/** Qualified signatures over intake's acts, kept with the CMS, the certificate and the CA's answer. */
export class IntakeActSignatures1765000000000 implements MigrationInterface {
  name = 'IntakeActSignatures1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(actSignaturesTableSql('intake'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE intake.act_signatures');
  }
}
