import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Kazakh has no stemmer in PostgreSQL: its configuration is `simple` (lower-cased words) with the
 * function words below removed. A `simple` dictionary reads its stop words from a file on the
 * server, which a migration cannot write, so the stop words live here and `kazakh_tsvector`
 * deletes them from the vector instead. Changing the list is a new migration, like any schema.
 */
const KAZAKH_STOP_WORDS = [
  'және',
  'мен',
  'пен',
  'бен',
  'да',
  'де',
  'та',
  'те',
  'ал',
  'бірақ',
  'немесе',
  'не',
  'үшін',
  'арқылы',
  'туралы',
  'бойынша',
  'сияқты',
  'дейін',
  'кейін',
  'бұл',
  'осы',
  'ол',
  'сол',
  'бар',
  'жоқ',
  'әр',
  'барлық',
  'кез',
  'келген',
  'ғана',
  'тек',
  'сондай',
  'ақ',
  'тағы',
  'қандай',
  'қай',
  'сен',
  'біз',
  'олар',
  'оның',
  'оны',
  'оған',
  'ретінде',
  'жөніндегі',
  'жөнінде',
  'қатысты',
  'байланысты',
  'мұндай',
  'өз',
  'өзі',
  'болып',
  'болады',
  'табылады',
  'тиіс',
  'керек',
  'қажет',
  'ету',
  'етеді',
  'жасау',
  'жүйе',
  'жүйесі',
  'жүйесін',
  'жүйесінің',
  'ақпараттық',
];

/**
 * The state's existing systems (each import a version; a row that disappears is marked), the
 * submitted requests and published decisions the catalogue hears of, one search document for
 * each of them, the kk↔ru glossary, and the overlap reports.
 */
export class Overlap1765000000000 implements MigrationInterface {
  name = 'Overlap1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    // Shared with intake's and the register's title searches, where they created it (public).
    await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await runner.query('CREATE TEXT SEARCH CONFIGURATION catalogue.kazakh (COPY = pg_catalog.simple)');
    const words = KAZAKH_STOP_WORDS.map((word) => `'${word}'`).join(', ');
    await runner.query(
      `CREATE FUNCTION catalogue.kazakh_stop_words() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ARRAY[${words}]::text[] $$`,
    );
    await runner.query(`
      CREATE FUNCTION catalogue.kazakh_tsvector(document text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ts_delete(to_tsvector('catalogue.kazakh'::regconfig, coalesce(document, '')), catalogue.kazakh_stop_words()) $$`);
    await runner.query(`
      CREATE TABLE catalogue.inventory_imports (
        id          uuid PRIMARY KEY,
        version     int NOT NULL UNIQUE CHECK (version >= 1),
        source      text NOT NULL,
        format      text NOT NULL CHECK (format IN ('csv', 'json')),
        imported_at timestamptz NOT NULL,
        imported_by jsonb NOT NULL,
        counts      jsonb NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE catalogue.inventory_systems (
        object_id        text PRIMARY KEY,
        record           jsonb NOT NULL,
        first_import     uuid NOT NULL REFERENCES catalogue.inventory_imports (id),
        last_import      uuid NOT NULL REFERENCES catalogue.inventory_imports (id),
        missing_since    uuid REFERENCES catalogue.inventory_imports (id),
        updated_at       timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE catalogue.inventory_system_versions (
        object_id  text NOT NULL REFERENCES catalogue.inventory_systems (object_id),
        import_id  uuid NOT NULL REFERENCES catalogue.inventory_imports (id),
        change     text NOT NULL CHECK (change IN ('added', 'changed', 'marked_missing', 'returned')),
        record     jsonb NOT NULL,
        PRIMARY KEY (object_id, import_id)
      )`);
    await runner.query(`
      CREATE TABLE catalogue.glossary_terms (
        id          text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_.-]{1,62}$'),
        kind        text NOT NULL CHECK (kind IN ('function', 'data_object', 'term')),
        kk          text[] NOT NULL,
        ru          text[] NOT NULL,
        seeded      boolean NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by jsonb NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE catalogue.overlap_documents (
        kind         text NOT NULL CHECK (kind IN ('system', 'request', 'decision')),
        ref          text NOT NULL,
        agency_bin   text,
        agency_name  text,
        label        text NOT NULL,
        title_kk     text NOT NULL,
        title_ru     text NOT NULL,
        body_kk      text NOT NULL,
        body_ru      text NOT NULL,
        functions    text[] NOT NULL,
        data_objects text[] NOT NULL,
        concepts     text[] NOT NULL,
        active       boolean NOT NULL,
        details      jsonb NOT NULL,
        updated_at   timestamptz NOT NULL,
        position     bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        title_all    text GENERATED ALWAYS AS (lower(title_kk || ' ' || title_ru)) STORED,
        tsv_ru       tsvector GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, body_ru)) STORED,
        tsv_kk       tsvector GENERATED ALWAYS AS (catalogue.kazakh_tsvector(body_kk)) STORED,
        PRIMARY KEY (kind, ref)
      )`);
    // Without the pending list (fastupdate off) every write goes into the index at once: writes
    // are few here (imports, submissions), and each report's index scans stay as fast as the
    // index itself instead of reading a list of recent rows that only vacuum clears.
    for (const [name, expression] of [
      ['functions', 'USING gin (functions) WITH (fastupdate = off)'],
      ['data_objects', 'USING gin (data_objects) WITH (fastupdate = off)'],
      ['concepts', 'USING gin (concepts) WITH (fastupdate = off)'],
      ['tsv_ru', 'USING gin (tsv_ru) WITH (fastupdate = off)'],
      ['tsv_kk', 'USING gin (tsv_kk) WITH (fastupdate = off)'],
      ['title', 'USING gin (title_all gin_trgm_ops) WITH (fastupdate = off)'],
    ]) {
      await runner.query(`CREATE INDEX overlap_documents_${name} ON catalogue.overlap_documents ${expression}`);
    }
    await runner.query('CREATE INDEX overlap_documents_listing ON catalogue.overlap_documents (kind, updated_at DESC, position DESC)');
    await runner.query(`
      CREATE TABLE catalogue.overlap_reports (
        id              uuid PRIMARY KEY,
        request_id      uuid NOT NULL,
        request_version int NOT NULL,
        trigger         text NOT NULL CHECK (trigger IN ('submitted', 'resubmitted', 'on_demand')),
        computed_at     timestamptz NOT NULL,
        report          jsonb NOT NULL
      )`);
    await runner.query('CREATE INDEX overlap_reports_request ON catalogue.overlap_reports (request_id, computed_at DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of [
      'overlap_reports',
      'overlap_documents',
      'glossary_terms',
      'inventory_system_versions',
      'inventory_systems',
      'inventory_imports',
    ]) {
      await runner.query(`DROP TABLE catalogue.${table}`);
    }
    await runner.query('DROP FUNCTION catalogue.kazakh_tsvector(text)');
    await runner.query('DROP FUNCTION catalogue.kazakh_stop_words()');
    await runner.query('DROP TEXT SEARCH CONFIGURATION catalogue.kazakh');
  }
}
