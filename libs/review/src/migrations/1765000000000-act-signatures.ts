import { MigrationInterface, QueryRunner } from 'typeorm';
import { actSignaturesTableSql } from '@qaztech/platform';

/** Qualified signatures over review's acts, kept with the CMS, the certificate and the CA's answer. */
export class ReviewActSignatures1765000000000 implements MigrationInterface {
  name = 'ReviewActSignatures1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(actSignaturesTableSql('review'));
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE review.act_signatures');
  }
}
