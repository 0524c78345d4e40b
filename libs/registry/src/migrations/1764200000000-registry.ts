import { MigrationInterface, QueryRunner } from 'typeorm';
import { createMessagingTables } from '@qaztech/platform';

/** The signed records: append-only, like the ledger. */
const SIGNED_TABLE = 'registry.publications';

export class Registry1764200000000 implements MigrationInterface {
  name = 'Registry1764200000000';

  async up(runner: QueryRunner): Promise<void> {
    // The migration runner makes the schema first: the context's migration history lives in it.
    await runner.query('CREATE SCHEMA IF NOT EXISTS registry');
    // Russian has a stemmer in Postgres; Kazakh has none, so it is matched by trigrams.
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await createMessagingTables(runner, 'registry');
    // The register's own numbering: one row, held until the publishing transaction commits,
    // so sequences have no gaps even when a publication rolls back.
    await runner.query(`
      CREATE TABLE registry.publication_counter (
        id            boolean PRIMARY KEY DEFAULT true CHECK (id),
        last_sequence bigint NOT NULL CHECK (last_sequence >= 0)
      )`);
    await runner.query('INSERT INTO registry.publication_counter (id, last_sequence) VALUES (true, 0)');
    await this.createPublications(runner);
    await this.createAnchors(runner);
    await this.refuseChanges(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP SCHEMA registry CASCADE');
  }

  private async createPublications(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE ${SIGNED_TABLE} (
        id                 uuid PRIMARY KEY,
        sequence           bigint NOT NULL UNIQUE CHECK (sequence >= 1),
        record_number      text NOT NULL UNIQUE,
        kind               text NOT NULL CHECK (kind IN ('decision', 'revocation', 'expiry')),
        correction_of      text REFERENCES ${SIGNED_TABLE} (record_number),
        decision_id        uuid NOT NULL,
        decision_number    text NOT NULL,
        request_id         uuid NOT NULL,
        source_event_id    uuid NOT NULL UNIQUE,
        published_event_id uuid NOT NULL UNIQUE,
        record             jsonb NOT NULL,
        jws                text NOT NULL,
        kid                text NOT NULL,
        bin                char(12) NOT NULL,
        outcome            text NOT NULL,
        decision_date      date NOT NULL,
        reason_categories  text[] NOT NULL,
        data_categories    text[] NOT NULL,
        published_at       timestamptz NOT NULL,
        search_ru tsvector GENERATED ALWAYS AS (
          to_tsvector('russian'::regconfig,
            coalesce(record #>> '{system,titleRu}', '') || ' ' || coalesce(record #>> '{texts,ru}', ''))) STORED,
        search_text text GENERATED ALWAYS AS (
          lower(coalesce(record #>> '{system,titleKk}', '') || ' ' || coalesce(record #>> '{texts,kk}', '') || ' ' ||
                coalesce(record #>> '{system,titleRu}', '') || ' ' || coalesce(record #>> '{texts,ru}', '') || ' ' ||
                coalesce(record #>> '{system,titleEn}', '') || ' ' || coalesce(record #>> '{texts,en}', ''))) STORED
      )`);
    // One decision's records in order; the first one of a decision is the decision itself.
    await runner.query(`CREATE UNIQUE INDEX publications_one_decision_record ON ${SIGNED_TABLE} (decision_id) WHERE kind = 'decision'`);
    await runner.query(`CREATE INDEX publications_of_decision ON ${SIGNED_TABLE} (decision_id, sequence)`);
    await runner.query(`CREATE INDEX publications_correction_of ON ${SIGNED_TABLE} (correction_of, sequence)`);
    await runner.query(`CREATE INDEX publications_bin ON ${SIGNED_TABLE} (bin, sequence)`);
    await runner.query(`CREATE INDEX publications_decision_date ON ${SIGNED_TABLE} (decision_date, sequence)`);
    await runner.query(`CREATE INDEX publications_categories ON ${SIGNED_TABLE} USING gin (data_categories, reason_categories)`);
    await runner.query(`CREATE INDEX publications_search_ru ON ${SIGNED_TABLE} USING gin (search_ru)`);
    await runner.query(`CREATE INDEX publications_search_text ON ${SIGNED_TABLE} USING gin (search_text gin_trgm_ops)`);
  }

  /** Where the ledger holds each publication: learnt after the fact, kept beside the signed record. */
  private async createAnchors(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE registry.anchors (
        publication_id uuid PRIMARY KEY REFERENCES ${SIGNED_TABLE} (id),
        leaf_index     bigint NOT NULL CHECK (leaf_index >= 0),
        tree_size      bigint NOT NULL CHECK (tree_size > leaf_index),
        root_hash      text NOT NULL,
        checkpoint     text NOT NULL,
        anchored_at    timestamptz NOT NULL DEFAULT now()
      )`);
  }

  private async refuseChanges(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION registry.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'registry.% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['publications', 'anchors']) {
      await runner.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON registry.${table}
                          FOR EACH ROW EXECUTE FUNCTION registry.refuse_change()`);
      await runner.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON registry.${table}
                          FOR EACH STATEMENT EXECUTE FUNCTION registry.refuse_change()`);
    }
  }
}
