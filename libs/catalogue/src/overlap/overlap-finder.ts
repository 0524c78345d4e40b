import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { GlossaryTermKind, OverlapHitKind } from '@qaztech/contracts';
import { Glossary } from './glossary';
import { GlossaryRepository } from './glossary.repository';
import { OverlapDocument } from './overlap-document';
import { OverlapDocumentRepository } from './overlap-document.repository';
import { ScoreParts, scoreOf, ScoringSide } from './scoring';
import { isGenericWord, TextLanguage } from './text';

/** A term both sides name, each in the words and language it used. */
export interface MatchedTerm {
  concept: string;
  kind: GlossaryTermKind;
  request: { language: TextLanguage; words: string } | null;
  match: { language: TextLanguage; words: string } | null;
}

export interface OverlapHit {
  kind: OverlapHitKind;
  ref: string;
  label: string;
  titleKk: string;
  titleRu: string;
  agency: { bin: string | null; name: string | null };
  score: number;
  reasons: {
    functions: string[];
    dataObjects: string[];
    terms: MatchedTerm[];
    words: { language: TextLanguage; word: string }[];
    titleSimilarity: number;
    differentFunctions: boolean;
  };
  details: Record<string, unknown>;
}

export interface OverlapSearch {
  document: OverlapDocument;
  kinds: readonly OverlapHitKind[];
  /** The request itself, never its own hit. */
  excludeRequest?: string;
  /** Requests of this agency are left out: the report shows other agencies' requests in flight. */
  excludeAgencyRequests?: string | null;
  /** Candidates per kind taken from the index to be scored. */
  candidates?: number;
  minScore?: number;
}

interface CandidateRow {
  kind: OverlapHitKind;
  ref: string;
  agency_bin: string | null;
  agency_name: string | null;
  label: string;
  title_kk: string;
  title_ru: string;
  body_kk: string;
  body_ru: string;
  functions: string[];
  data_objects: string[];
  concepts: string[];
  details: Record<string, unknown>;
  title_similarity: number;
  ru_words: string[];
  kk_words: string[];
}

const DEFAULT_CANDIDATES = 40;

function tsquery(words: readonly string[]): string | null {
  return words.length === 0 ? null : words.map((word) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');
}

function wordsOf(ru: readonly string[], kk: readonly string[]): Set<string> {
  return new Set([
    ...ru.filter((word) => word.length > 2 && !isGenericWord(word, 'ru')).map((word) => `ru:${word}`),
    ...kk.filter((word) => word.length > 2 && !isGenericWord(word, 'kk')).map((word) => `kk:${word}`),
  ]);
}

/**
 * Finds what overlaps a document, in two steps. PostgreSQL picks candidates by its indexes (shared
 * function codes and glossary function concepts, full text in Russian and Kazakh, trigram
 * similarity of the titles) and orders each kind by a rough rank; the best of each kind are then
 * scored here, where each score gets its reasons.
 */
@Injectable()
export class OverlapFinder {
  constructor(
    private readonly documents: OverlapDocumentRepository,
    private readonly glossaries: GlossaryRepository,
  ) {}

  /** Everything that overlaps a request the catalogue holds: systems, other agencies' requests, precedents. */
  async forRequest(
    manager: EntityManager,
    requestId: string,
    minScore: number,
  ): Promise<{ request: OverlapDocument; hits: OverlapHit[] } | null> {
    const request = await this.documents.find(manager, 'request', requestId);
    if (!request) return null;
    const hits = await this.find(manager, await this.glossaries.current(manager), {
      document: request,
      kinds: ['system', 'request', 'decision'],
      excludeRequest: request.ref,
      excludeAgencyRequests: request.agencyBin,
      minScore,
    });
    return { request, hits };
  }

  async find(manager: EntityManager, glossary: Glossary, search: OverlapSearch): Promise<OverlapHit[]> {
    const { document } = search;
    const [lexemes] = (await manager.query(
      `SELECT tsvector_to_array(to_tsvector('russian'::regconfig, $1)) AS ru, tsvector_to_array(catalogue.kazakh_tsvector($2)) AS kk`,
      [document.body.ru, document.body.kk],
    )) as { ru: string[]; kk: string[] }[];
    const words = wordsOf(lexemes!.ru, lexemes!.kk);
    const ruWords = [...words].filter((word) => word.startsWith('ru:')).map((word) => word.slice(3));
    const kkWords = [...words].filter((word) => word.startsWith('kk:')).map((word) => word.slice(3));
    const functionConcepts = document.concepts.filter((id) => glossary.kinds.get(id) === 'function');
    const title = `${document.titleKk} ${document.titleRu}`.toLowerCase();
    const rows = (await manager.query(
      `WITH ranked AS (
         SELECT d.kind, d.ref, row_number() OVER (PARTITION BY d.kind ORDER BY
                  coalesce(ts_rank(d.tsv_ru, $4::tsquery), 0) + coalesce(ts_rank(d.tsv_kk, $5::tsquery), 0)
                  + 0.3 * cardinality(ARRAY(SELECT unnest(d.concepts) INTERSECT SELECT unnest($3::text[])))
                  + 0.5 * cardinality(ARRAY(SELECT unnest(d.functions) INTERSECT SELECT unnest($2::text[])))
                  + similarity(d.title_all, $6) DESC) AS place
           FROM catalogue.overlap_documents d
          WHERE d.active AND d.kind = ANY($1::text[])
            AND NOT (d.kind = 'request' AND d.ref = $7)
            AND NOT (d.kind = 'request' AND d.agency_bin IS NOT DISTINCT FROM $8 AND $8 IS NOT NULL)
            AND (d.functions && $2::text[] OR d.concepts && $3::text[] OR d.tsv_ru @@ $4::tsquery OR d.tsv_kk @@ $5::tsquery
                 OR d.title_all % $6))
       SELECT d.kind, d.ref, d.agency_bin, d.agency_name, d.label, d.title_kk, d.title_ru, d.body_kk, d.body_ru, d.functions,
              d.data_objects, d.concepts, d.details, similarity(d.title_all, $6) AS title_similarity,
              tsvector_to_array(d.tsv_ru) AS ru_words, tsvector_to_array(d.tsv_kk) AS kk_words
         FROM ranked r JOIN catalogue.overlap_documents d ON d.kind = r.kind AND d.ref = r.ref
        WHERE r.place <= $9`,
      [
        search.kinds,
        document.functions,
        functionConcepts,
        tsquery(ruWords),
        tsquery(kkWords),
        title,
        search.excludeRequest ?? '',
        search.excludeAgencyRequests ?? null,
        search.candidates ?? DEFAULT_CANDIDATES,
      ],
    )) as CandidateRow[];
    const query = this.side(glossary, document.functions, document.dataObjects, document.concepts, words);
    const queryMatches = [...glossary.match(document.body.kk), ...glossary.match(document.body.ru)];
    return rows
      .map((row) => {
        const candidate = this.side(glossary, row.functions, row.data_objects, row.concepts, wordsOf(row.ru_words, row.kk_words));
        const parts = scoreOf(query, candidate, Number(row.title_similarity));
        return this.hit(glossary, row, parts, queryMatches);
      })
      .filter((hit) => hit.score >= (search.minScore ?? 0))
      .sort((left, right) => right.score - left.score || left.ref.localeCompare(right.ref));
  }

  private side(glossary: Glossary, functions: string[], dataObjects: string[], concepts: string[], words: Set<string>): ScoringSide {
    return {
      functions,
      dataObjects,
      concepts: new Map(concepts.map((id) => [id, glossary.kinds.get(id) ?? 'term'] as const)),
      words,
    };
  }

  private hit(glossary: Glossary, row: CandidateRow, parts: ScoreParts, queryMatches: ReturnType<Glossary['match']>): OverlapHit {
    const candidateMatches = [...glossary.match(row.body_kk), ...glossary.match(row.body_ru)];
    const terms: MatchedTerm[] = parts.sharedConcepts.map((concept) => {
      const mine = queryMatches.find((match) => match.termId === concept);
      const theirs = candidateMatches.find((match) => match.termId === concept);
      return {
        concept,
        kind: glossary.kinds.get(concept) ?? 'term',
        request: mine ? { language: mine.language, words: mine.words } : null,
        match: theirs ? { language: theirs.language, words: theirs.words } : null,
      };
    });
    return {
      kind: row.kind,
      ref: row.ref,
      label: row.label,
      titleKk: row.title_kk,
      titleRu: row.title_ru,
      agency: { bin: row.agency_bin, name: row.agency_name },
      score: parts.score,
      reasons: {
        functions: parts.sharedFunctions,
        dataObjects: parts.sharedDataObjects,
        terms,
        words: parts.sharedWords.map((word) => ({ language: word.slice(0, 2) as TextLanguage, word: word.slice(3) })),
        titleSimilarity: Math.round(parts.titleSimilarity * 1000) / 1000,
        differentFunctions: parts.differentFunctions,
      },
      details: row.details,
    };
  }
}
