import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opinions answer the request's claims: the platform operator each claimed capability gap, with a
 * counter-offer where the platform can serve; the security and legal experts each reason. Opinions
 * given before keep empty answers.
 */
export class OpinionClaims1764920000000 implements MigrationInterface {
  name = 'OpinionClaims1764920000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE review.opinions
        ADD COLUMN gap_answers    jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN counter_offer  jsonb,
        ADD COLUMN reason_ratings jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE review.opinions DROP COLUMN gap_answers, DROP COLUMN counter_offer, DROP COLUMN reason_ratings');
  }
}
