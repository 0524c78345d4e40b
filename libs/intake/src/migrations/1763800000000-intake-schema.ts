import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@qaztech/platform';

export class IntakeSchema1763800000000 implements MigrationInterface {
  name = 'IntakeSchema1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    // The migration runner makes the schema first: the context's migration history lives in it.
    await runner.query('CREATE SCHEMA IF NOT EXISTS intake');
    await runner.query(`
      CREATE TABLE intake.requests (
        id                  uuid PRIMARY KEY,
        list_position       bigserial NOT NULL UNIQUE,
        agency_bin          char(12) NOT NULL CHECK (agency_bin ~ '^[0-9]{12}$'),
        status              text NOT NULL,
        current_version     int NOT NULL CHECK (current_version >= 1),
        row_version         int NOT NULL CHECK (row_version >= 1),
        content             jsonb NOT NULL,
        title_search        text GENERATED ALWAYS AS (lower(
                              coalesce(content #>> '{system,titleKk}', '') || ' ' ||
                              coalesce(content #>> '{system,titleRu}', '') || ' ' ||
                              coalesce(content #>> '{system,titleEn}', ''))) STORED,
        registration_number text UNIQUE,
        return_remarks      jsonb,
        created_by          text NOT NULL,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        submitted_at        timestamptz,
        withdrawn_at        timestamptz
      )`);
    await runner.query('CREATE INDEX requests_agency_position ON intake.requests (agency_bin, list_position DESC)');
    await runner.query('CREATE INDEX requests_title_trgm ON intake.requests USING gin (title_search gin_trgm_ops)');
    await runner.query(`
      CREATE TABLE intake.request_versions (
        request_id          uuid NOT NULL REFERENCES intake.requests (id),
        version             int NOT NULL,
        registration_number text NOT NULL,
        content             jsonb NOT NULL,
        attachments         jsonb NOT NULL,
        submitted_by        text NOT NULL,
        submitted_by_name   text NOT NULL,
        submitted_at        timestamptz NOT NULL,
        PRIMARY KEY (request_id, version)
      )`);
    await runner.query(`
      CREATE TABLE intake.attachments (
        id             uuid PRIMARY KEY,
        request_id     uuid NOT NULL REFERENCES intake.requests (id),
        version        int NOT NULL,
        kind           text NOT NULL,
        language       text NOT NULL,
        classification text NOT NULL CHECK (classification IN ('open', 'dsp')),
        file_name      text NOT NULL,
        media_type     text NOT NULL,
        size_bytes     bigint NOT NULL CHECK (size_bytes > 0),
        sha256         char(64) NOT NULL,
        storage_key    text NOT NULL,
        uploaded_by    text NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX attachments_request ON intake.attachments (request_id, created_at)');
    await runner.query(`
      CREATE TABLE intake.registration_counters (
        year        int PRIMARY KEY,
        last_number int NOT NULL CHECK (last_number > 0)
      )`);
    await runner.query(`
      CREATE TABLE intake.idempotency_keys (
        principal       text NOT NULL,
        operation       text NOT NULL,
        key             text NOT NULL,
        fingerprint     char(64) NOT NULL,
        response_status int,
        response_body   jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (principal, operation, key)
      )`);
    await createMessagingTables(runner, 'intake');
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'intake');
    await runner.query('DROP SCHEMA intake CASCADE');
  }
}
