import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables, dropMessagingTables } from '@qaztech/platform';

/** Tables that only ever grow: a row once written is history. */
const LOG_TABLES = ['entries', 'tiles', 'checkpoints'] as const;

/**
 * The audit ledger. The log itself (entries, tiles, checkpoints) refuses every change but an
 * insert, twice over: triggers stop even the owner, and the audit context's role is granted only
 * INSERT and SELECT there (AUDIT_MIGRATIONS). Payloads are apart, so personal data can be erased
 * (a DELETE) while every leaf, and so every proof, stays as it was.
 */
export class AuditSchema1764000000000 implements MigrationInterface {
  name = 'AuditSchema1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    // The migration runner makes the schema first: the context's migration history lives in it.
    await runner.query('CREATE SCHEMA IF NOT EXISTS audit');
    await this.createIngestionTables(runner);
    await this.createLogTables(runner);
    await createMessagingTables(runner, 'audit');
    await this.refuseChanges(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await dropMessagingTables(runner, 'audit');
    await runner.query('DROP SCHEMA audit CASCADE');
  }

  private async createIngestionTables(runner: QueryRunner): Promise<void> {
    // Events as they arrive, in any order and possibly twice, until the integrator appends them
    // to the log and deletes them here (so erased personal data lingers nowhere).
    await runner.query(`
      CREATE TABLE audit.inbox (
        arrival         bigserial PRIMARY KEY,
        event_id        uuid NOT NULL UNIQUE,
        source          text NOT NULL,
        source_sequence bigint NOT NULL CHECK (source_sequence >= 1),
        envelope        jsonb NOT NULL,
        received_at     timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, source_sequence)
      )`);
    // How far each source is in the log, and what the ledger knows lies beyond.
    await runner.query(`
      CREATE TABLE audit.source_progress (
        source                  text PRIMARY KEY,
        integrated_through      bigint NOT NULL DEFAULT 0,
        announced_head          bigint NOT NULL DEFAULT 0,
        gap_since               timestamptz,
        redelivery_requested_at timestamptz,
        redelivery_requests     int NOT NULL DEFAULT 0
      )`);
    await runner.query(`
      CREATE TABLE audit.log_head (
        origin     text PRIMARY KEY,
        size       bigint NOT NULL CHECK (size >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The newest leaf of each request: the next one of the same request names its hash.
    await runner.query(`
      CREATE TABLE audit.request_chains (
        request_id          uuid PRIMARY KEY,
        registration_number text,
        agency_bin          text,
        last_index          bigint NOT NULL,
        last_leaf_hash      bytea NOT NULL
      )`);
    await runner.query('CREATE INDEX request_chains_registration ON audit.request_chains (registration_number)');
  }

  private async createLogTables(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit.entries (
        index           bigint PRIMARY KEY CHECK (index >= 0),
        event_id        uuid NOT NULL UNIQUE,
        leaf            bytea NOT NULL,
        leaf_hash       bytea NOT NULL CHECK (length(leaf_hash) = 32),
        event_type      text NOT NULL,
        source          text NOT NULL,
        source_sequence bigint NOT NULL,
        request_id      uuid,
        actor_id        text NOT NULL,
        actor_role      text NOT NULL,
        agency_bin      text,
        occurred_at     timestamptz NOT NULL,
        integrated_at   timestamptz NOT NULL DEFAULT now(),
        UNIQUE (source, source_sequence)
      )`);
    await runner.query('CREATE INDEX entries_request ON audit.entries (request_id, index) WHERE request_id IS NOT NULL');
    await runner.query('CREATE INDEX entries_actor ON audit.entries (actor_id, index)');
    await runner.query('CREATE INDEX entries_agency ON audit.entries (agency_bin, index) WHERE agency_bin IS NOT NULL');
    await runner.query('CREATE INDEX entries_type ON audit.entries (event_type, index)');
    await runner.query('CREATE INDEX entries_occurred ON audit.entries (occurred_at, index)');
    await runner.query('CREATE INDEX entries_integrated ON audit.entries (integrated_at, index)');
    await runner.query(`
      CREATE TABLE audit.payloads (
        index    bigint PRIMARY KEY REFERENCES audit.entries (index),
        salt     bytea NOT NULL CHECK (length(salt) = 32),
        document jsonb NOT NULL
      )`);
    // tlog-tiles: hashes of tree level 8·level, 256 to a full tile; a partial tile for every
    // width some checkpoint needs. A tile, once written at a width, never changes.
    await runner.query(`
      CREATE TABLE audit.tiles (
        level  smallint NOT NULL CHECK (level >= 0),
        index  bigint NOT NULL CHECK (index >= 0),
        width  smallint NOT NULL CHECK (width BETWEEN 1 AND 256),
        hashes bytea NOT NULL CHECK (length(hashes) = width * 32),
        PRIMARY KEY (level, index, width)
      )`);
    await runner.query(`
      CREATE TABLE audit.checkpoints (
        id        bigserial PRIMARY KEY,
        size      bigint NOT NULL CHECK (size >= 0),
        root_hash bytea NOT NULL CHECK (length(root_hash) = 32),
        note      text NOT NULL,
        signed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query('CREATE INDEX checkpoints_size ON audit.checkpoints (size, id)');
  }

  private async refuseChanges(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit.% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of LOG_TABLES) {
      await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON audit.${table}
                          FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
      await runner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON audit.${table}
                          FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
    }
    // Erasing personal data deletes a payload; rewriting one is never allowed.
    await runner.query(`CREATE TRIGGER payloads_no_update BEFORE UPDATE ON audit.payloads
                        FOR EACH ROW EXECUTE FUNCTION audit.refuse_change()`);
    await runner.query(`CREATE TRIGGER payloads_no_truncate BEFORE TRUNCATE ON audit.payloads
                        FOR EACH STATEMENT EXECUTE FUNCTION audit.refuse_change()`);
  }
}
