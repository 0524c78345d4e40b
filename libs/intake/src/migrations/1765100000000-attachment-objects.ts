import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachment bytes in the database, so every replica of intake reads what any one of them
 * stored: one row per content (SHA-256), its bytes in chunks of up to 1 MiB, read and written
 * one chunk at a time, so no upload or download holds a whole document in memory. A stored
 * object never changes; the same content uploaded twice is stored once.
 */
export class AttachmentObjects1765100000000 implements MigrationInterface {
  name = 'AttachmentObjects1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE intake.attachment_objects (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
        chunks integer NOT NULL CHECK (chunks >= 0),
        stored_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE intake.attachment_chunks (
        sha256 text NOT NULL REFERENCES intake.attachment_objects (sha256),
        chunk integer NOT NULL CHECK (chunk >= 0),
        bytes bytea NOT NULL,
        PRIMARY KEY (sha256, chunk)
      )`);
    // Already compressed (PDF, DOCX, images): don't spend CPU trying again.
    await runner.query('ALTER TABLE intake.attachment_chunks ALTER COLUMN bytes SET STORAGE EXTERNAL');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE intake.attachment_chunks');
    await runner.query('DROP TABLE intake.attachment_objects');
  }
}
