import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DecisionOutcome, PublicationKind, PublishedDecisionRecord, SimilarDecisionV1 } from '@qaztech/contracts';
import { decodeCursor, encodeCursor, preparedQuery } from '@qaztech/platform';
import { RegisterAnswerCache } from './register-answer-cache';

/** What the register can be filtered by; every filter is optional and they combine with AND. */
export interface RegisterFilters {
  bin?: string;
  outcome?: DecisionOutcome;
  /** Decision date (Asia/Almaty), inclusive, YYYY-MM-DD. */
  from?: string;
  to?: string;
  dataCategory?: string;
  reasonCategory?: string;
  /** Words to find in titles and texts, Kazakh or Russian. */
  q?: string;
}

export interface RegisterPageRequest {
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  limit: number;
  /**
   * Show the register as it stood at this sequence: later records and later corrections are
   * left out, so the pages of one export agree with each other and with its tag.
   */
  through?: number;
}

/** The ledger checkpoint that contains a publication: learnt after publishing, never signed. */
export interface LedgerAnchorView {
  leafIndex: number;
  treeSize: number;
  rootHash: string;
  /** The signed checkpoint note (C2SP signed note) of `treeSize`. */
  checkpoint: string;
}

/** One published record with its signature, as every public answer shows it. */
export interface PublishedDecisionView {
  record: PublishedDecisionRecord;
  /** Compact JWS (EdDSA) over the record's canonical JSON. */
  jws: string;
  kid: string;
  sequence: number;
  /** The number of the record that corrects this one, if any. */
  supersededBy: string | null;
  /** What that record says happened: a revocation or an expiry ends the exemption this one grants. */
  supersededByKind: PublicationKind | null;
  anchor: LedgerAnchorView | null;
}

export interface RegisterPage {
  items: PublishedDecisionView[];
  /** Null on the last page. */
  nextCursor: string | null;
}

interface PublicationRow {
  record: PublishedDecisionRecord;
  jws: string;
  kid: string;
  sequence: string;
  superseded_by: { recordNumber: string; kind: PublicationKind } | null;
  anchor: { leafIndex: string; treeSize: string; rootHash: string; checkpoint: string } | null;
  register_head: string;
}

/** `correctionBound` limits which corrections count, for a view of the register at a sequence. */
const viewColumns = (correctionBound = '') => `p.record, p.jws, p.kid, p.sequence,
  (SELECT json_build_object('recordNumber', c.record_number, 'kind', c.kind)
     FROM registry.publications c WHERE c.correction_of = p.record_number ${correctionBound}
    ORDER BY c.sequence LIMIT 1) AS superseded_by,
  (SELECT json_build_object('leafIndex', a.leaf_index, 'treeSize', a.tree_size, 'rootHash', a.root_hash,
                            'checkpoint', a.checkpoint)
     FROM registry.anchors a WHERE a.publication_id = p.id) AS anchor,
  (SELECT last_sequence FROM registry.publication_counter) AS register_head`;

/**
 * The register's read side, newest publication first. Pages are keyed by the publication
 * sequence, so a page stays correct while new records arrive. Each read also tells the answer
 * cache how far the register it saw goes, in the same snapshot as the records. Reads on the
 * pool only, as prepared statements.
 */
@Injectable()
export class RegisterQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly answers: RegisterAnswerCache,
  ) {}

  /**
   * A hot path (the register's first page is the public's most common read): each combination
   * of filters is a statement of its own, prepared once per connection.
   */
  async list(filters: RegisterFilters, page: RegisterPageRequest): Promise<RegisterPage> {
    const values: unknown[] = [];
    const where: string[] = [];
    const shape: string[] = [];
    const bind = (value: unknown): string => `$${values.push(value)}`;
    const filter = (name: string, condition: string): void => {
      where.push(condition);
      shape.push(name);
    };
    if (page.cursor !== undefined) filter('before', `p.sequence < ${bind(sequenceOf(page.cursor))}`);
    let correctionBound = '';
    if (page.through !== undefined) {
      const through = bind(page.through);
      filter('through', `p.sequence <= ${through}`);
      correctionBound = `AND c.sequence <= ${through}`;
    }
    if (filters.bin !== undefined) filter('bin', `p.bin = ${bind(filters.bin)}`);
    if (filters.outcome !== undefined) filter('outcome', `p.outcome = ${bind(filters.outcome)}`);
    if (filters.from !== undefined) filter('from', `p.decision_date >= ${bind(filters.from)}::date`);
    if (filters.to !== undefined) filter('to', `p.decision_date <= ${bind(filters.to)}::date`);
    if (filters.dataCategory !== undefined) filter('data', `p.data_categories @> ARRAY[${bind(filters.dataCategory)}::text]`);
    if (filters.reasonCategory !== undefined) filter('reason', `p.reason_categories @> ARRAY[${bind(filters.reasonCategory)}::text]`);
    if (filters.q !== undefined) {
      filter('q', textMatch(bind(filters.q), bind(`%${escapeLike(filters.q.toLowerCase())}%`)));
    }
    const rows = await preparedQuery<PublicationRow>(
      this.dataSource,
      ['registry.register_page', ...shape].join('_'),
      `SELECT ${viewColumns(correctionBound)} FROM registry.publications p
        ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.sequence DESC LIMIT ${bind(page.limit + 1)}`,
      values,
    );
    this.saw(rows);
    const items = rows.slice(0, page.limit).map(toView);
    const last = items.at(-1);
    return { items, nextCursor: rows.length > page.limit && last ? encodeCursor([last.sequence]) : null };
  }

  async byNumber(recordNumber: string): Promise<PublishedDecisionView | null> {
    const rows = await preparedQuery<PublicationRow>(
      this.dataSource,
      'registry.record_by_number',
      `SELECT ${viewColumns()} FROM registry.publications p WHERE p.record_number = $1`,
      [recordNumber],
    );
    this.saw(rows);
    return rows[0] ? toView(rows[0]) : null;
  }

  /** Published decisions similar to a record, as the catalogue found them among the register's own. */
  async similarTo(recordNumber: string): Promise<SimilarDecisionV1[]> {
    const rows = await preparedQuery<{ records: SimilarDecisionV1[] }>(
      this.dataSource,
      'registry.similar_decisions',
      'SELECT records FROM registry.similar_decisions WHERE record_number = $1',
      [recordNumber],
    );
    return rows[0]?.records ?? [];
  }

  private saw(rows: readonly PublicationRow[]): void {
    if (rows[0]) this.answers.sawSequence(Number(rows[0].register_head));
  }

  /** The newest sequence and the count of records: enough to tell whether anything changed. */
  async head(): Promise<{ lastSequence: number }> {
    const [row] = await preparedQuery<{ last_sequence: string }>(
      this.dataSource,
      'registry.register_head',
      'SELECT last_sequence FROM registry.publication_counter',
      [],
    );
    return { lastSequence: Number(row?.last_sequence ?? 0) };
  }
}

/**
 * Russian words match in any form through the `russian` stemmer; Kazakh words (no stemmer in
 * Postgres) match as a substring or by trigram word similarity, which tolerates suffixes.
 */
function textMatch(words: string, likePattern: string): string {
  return `(p.search_ru @@ websearch_to_tsquery('russian', ${words})
           OR p.search_text LIKE ${likePattern}
           OR lower(${words}) <% p.search_text)`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function sequenceOf(cursor: string): number {
  return decodeCursor(cursor, (values) => {
    const [sequence] = values;
    return values.length === 1 && Number.isSafeInteger(sequence) && (sequence as number) > 0 ? (sequence as number) : undefined;
  });
}

function toView(row: PublicationRow): PublishedDecisionView {
  return {
    record: row.record,
    jws: row.jws,
    kid: row.kid,
    sequence: Number(row.sequence),
    supersededBy: row.superseded_by?.recordNumber ?? null,
    supersededByKind: row.superseded_by?.kind ?? null,
    anchor: row.anchor
      ? {
          leafIndex: Number(row.anchor.leafIndex),
          treeSize: Number(row.anchor.treeSize),
          rootHash: row.anchor.rootHash,
          checkpoint: row.anchor.checkpoint,
        }
      : null,
  };
}
