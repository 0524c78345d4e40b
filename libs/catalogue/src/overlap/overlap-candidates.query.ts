import { EntityManager } from 'typeorm';
import { OverlapHitKind } from '@qaztech/contracts';
import { preparedQuery } from '@qaztech/platform';

/** What picks the candidates of one search: each list or query, when not empty, is one indexed branch. */
export interface CandidateInputs {
  kinds: readonly OverlapHitKind[];
  functions: readonly string[];
  concepts: readonly string[];
  /** Lexemes joined with `|`, as tsquery text, or null: ranks the rows picked. */
  ruQuery: string | null;
  kkQuery: string | null;
  /** Each lexeme as a tsquery of its own (`'штраф'`, `'тірке':*`): one index scan each picks rows. */
  ruTerms: readonly string[];
  kkTerms: readonly string[];
  titleKk: string;
  titleRu: string;
  excludeRequest: string;
  excludeAgencyRequests: string | null;
  perKind: number;
}

/**
 * One statement: the union of index scans (GIN on function codes, glossary concepts, Russian and
 * Kazakh tsvectors), each branch on its own so that PostgreSQL uses each index rather than one
 * sequential scan for an OR of them; then a rough rank per kind, and the best `perKind` rows of
 * each kind in full. The rough rank is cheap on purpose (text rank, whether codes or concepts are
 * shared); the score that orders the report is computed on the best rows only. Trigram
 * similarity of titles is part of that score and picks no rows: over every title of a large
 * inventory it costs more than all the rest together.
 */
function candidateQuery(inputs: CandidateInputs): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const bind = (value: unknown): string => `$${values.push(value)}`;
  const functions = bind(inputs.functions);
  const concepts = bind(inputs.concepts);
  const ru = bind(inputs.ruQuery);
  const kk = bind(inputs.kkQuery);
  const branches: string[] = [];
  const from = 'SELECT position FROM catalogue.overlap_documents WHERE';
  if (inputs.functions.length > 0) branches.push(`${from} functions && ${functions}::text[]`);
  if (inputs.concepts.length > 0) branches.push(`${from} concepts && ${concepts}::text[]`);
  // One branch per lexeme: an OR of many lexemes is estimated to match so many rows that the
  // planner scans the whole table; each lexeme alone is estimated right and read from the index.
  for (const term of inputs.ruTerms) branches.push(`${from} tsv_ru @@ ${bind(term)}::tsquery`);
  for (const term of inputs.kkTerms) branches.push(`${from} tsv_kk @@ ${bind(term)}::tsquery`);
  if (branches.length === 0) return { sql: 'SELECT NULL WHERE false', values: [] };
  const agency = bind(inputs.excludeAgencyRequests);
  const sql = `
    WITH picked AS (${branches.join(' UNION ')}),
    ranked AS (
      SELECT d.kind, d.ref, row_number() OVER (PARTITION BY d.kind ORDER BY
               coalesce(ts_rank(d.tsv_ru, ${ru}::tsquery), 0) + coalesce(ts_rank(d.tsv_kk, ${kk}::tsquery), 0)
               + 0.3 * (d.concepts && ${concepts}::text[])::int + 0.5 * (d.functions && ${functions}::text[])::int DESC, d.ref) AS place
        FROM catalogue.overlap_documents d
       WHERE d.position = ANY(ARRAY(SELECT position FROM picked)) AND d.active AND d.kind = ANY(${bind(inputs.kinds)}::text[])
         AND NOT (d.kind = 'request' AND d.ref = ${bind(inputs.excludeRequest)})
         AND NOT (d.kind = 'request' AND ${agency}::text IS NOT NULL AND d.agency_bin = ${agency}))
    SELECT d.kind, d.ref, d.agency_bin, d.agency_name, d.label, d.title_kk, d.title_ru, d.body_kk, d.body_ru, d.functions,
           d.data_objects, d.concepts, d.details,
           CASE WHEN d.title_kk <> '' AND ${bind(inputs.titleKk)} <> '' THEN similarity(lower(d.title_kk), ${bind(inputs.titleKk)}) END AS kk_title_similarity,
           CASE WHEN d.title_ru <> '' AND ${bind(inputs.titleRu)} <> '' THEN similarity(lower(d.title_ru), ${bind(inputs.titleRu)}) END AS ru_title_similarity,
           tsvector_to_array(d.tsv_ru) AS ru_words, tsvector_to_array(d.tsv_kk) AS kk_words
      FROM ranked r JOIN catalogue.overlap_documents d ON d.kind = r.kind AND d.ref = r.ref
     WHERE r.place <= ${bind(inputs.perKind)}`;
  return { sql, values };
}

/** The rows `candidateQuery` picks, as a statement prepared once per shape (which branches it has). */
export async function readCandidates<Row>(manager: EntityManager, inputs: CandidateInputs): Promise<Row[]> {
  const { sql, values } = candidateQuery(inputs);
  if (values.length === 0) return [];
  const shape = [
    inputs.functions.length > 0 ? 'f' : '',
    inputs.concepts.length > 0 ? 'c' : '',
    inputs.ruTerms.length,
    inputs.kkTerms.length,
  ];
  return preparedQuery<Row>(manager, `catalogue.overlap_candidates_${shape.join('_')}`, sql, values);
}

/** The lexemes PostgreSQL's two configurations make of a document's Russian and Kazakh texts. */
export async function readLexemes(manager: EntityManager, ru: string, kk: string): Promise<{ ru: string[]; kk: string[] }> {
  const [row] = await preparedQuery<{ ru: string[]; kk: string[] }>(
    manager,
    'catalogue.overlap_lexemes',
    `SELECT tsvector_to_array(to_tsvector('russian'::regconfig, $1)) AS ru, tsvector_to_array(catalogue.kazakh_tsvector($2)) AS kk`,
    [ru, kk],
  );
  return row!;
}

export type IndexedColumn = 'tsv_ru' | 'tsv_kk' | 'concepts' | 'functions';

/** The most common elements of the index's columns with their shares, from ANALYZE's statistics. */
export async function readCommonElements(
  manager: EntityManager,
): Promise<{ column: IndexedColumn; elements: string[]; shares: number[] }[]> {
  return preparedQuery(
    manager,
    'catalogue.overlap_common_elements',
    `SELECT attname AS column, most_common_elems::text::text[] AS elements, most_common_elem_freqs AS shares
       FROM pg_stats WHERE schemaname = 'catalogue' AND tablename = 'overlap_documents'
        AND attname IN ('tsv_ru', 'tsv_kk', 'concepts', 'functions') AND most_common_elems IS NOT NULL`,
    [],
  );
}
