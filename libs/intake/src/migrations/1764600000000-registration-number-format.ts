import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `QTX-2026-000123`: the registration number of the year's n-th first submission, six digits at
 * least, more if a year ever needs them. Formed in the database, in the statement that takes the
 * number from the year's counter, so that the counter row stays locked only for that statement.
 */
export class RegistrationNumberFormat1764600000000 implements MigrationInterface {
  name = 'RegistrationNumberFormat1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION intake.registration_number(year int, sequence bigint) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN 'QTX-' || year || '-' || lpad(sequence::text, greatest(6, length(sequence::text)), '0')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP FUNCTION intake.registration_number(int, bigint)');
  }
}
