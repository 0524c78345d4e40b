import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { GlossaryTermKind, OverlapHitKind } from '@qaztech/contracts';
import { Glossary } from './glossary';
import { IndexedColumn, readCandidates, readCommonElements, readLexemes } from './overlap-candidates.query';
import { GlossaryRepository } from './glossary.repository';
import { OverlapDocument } from './overlap-document';
import { DocumentRow, OverlapDocumentRepository } from './overlap-document.repository';
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

/** A candidate: the document's row, with how its titles and words met the query's. */
interface CandidateRow extends Omit<DocumentRow, 'active'> {
  kk_title_similarity: number | null;
  ru_title_similarity: number | null;
  ru_words: string[];
  kk_words: string[];
}

const DEFAULT_CANDIDATES = 25;

/** Lexemes of each language that pick candidates, at most: a long purpose names its system early. */
const MAX_TERMS = 16;

/** An element of more documents than this share does not pick candidates (it still scores them). */
const COMMON_SHARE = 0.02;
const STATISTICS_TTL_MS = 60_000;

/**
 * Kazakh has no stemmer in PostgreSQL; its words are compared by their first letters instead, which
 * carry the root before the suffixes (`тіркеу`, `тіркелген` → `тірке`).
 */
export const KAZAKH_STEM = 5;

/** Lexemes as tsquery text, OR-ed; `prefix` makes each a prefix match (`'тірке':*`). */
function tsquery(words: readonly string[], prefix = false): string | null {
  const quoted = [...new Set(words)].map((word) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'${prefix ? ':*' : ''}`);
  return quoted.length === 0 ? null : quoted.join(' | ');
}

function wordsOf(ru: readonly string[], kk: readonly string[]): Set<string> {
  return new Set([
    ...ru.filter((word) => word.length > 2 && !isGenericWord(word, 'ru')).map((word) => `ru:${word}`),
    ...kk.filter((word) => word.length > 2 && !isGenericWord(word, 'kk')).map((word) => `kk:${word.slice(0, KAZAKH_STEM)}`),
  ]);
}

/**
 * Finds what overlaps a document, in two steps. PostgreSQL picks candidates by its indexes (shared
 * function codes, shared glossary concepts, each Russian lexeme and each Kazakh stem) and orders
 * each kind by a rough rank; the best of each kind are then scored here, with title trigram
 * similarity among the parts, and each score gets its reasons.
 */
@Injectable()
export class OverlapFinder {
  private statistics: { readAt: number; common: Map<string, Set<string>> } | undefined;

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
    const lexemes = await readLexemes(manager, document.body.ru, document.body.kk);
    const words = wordsOf(lexemes.ru, lexemes.kk);
    const common = await this.commonElements(manager);
    const rare = (column: IndexedColumn, values: readonly string[]) => values.filter((value) => !common.get(column)?.has(value));
    const ruWords = rare(
      'tsv_ru',
      [...words].filter((word) => word.startsWith('ru:')).map((word) => word.slice(3)),
    );
    // A Kazakh stem is common when a common word starts with it.
    const commonKazakh = [...(common.get('tsv_kk') ?? [])];
    const kkWords = [...words]
      .filter((word) => word.startsWith('kk:'))
      .map((word) => word.slice(3))
      .filter((stem) => !commonKazakh.some((lexeme) => lexeme.startsWith(stem)));
    const rows = await readCandidates<CandidateRow>(manager, {
      kinds: search.kinds,
      functions: rare('functions', document.functions),
      concepts: rare('concepts', document.concepts),
      ruQuery: tsquery(ruWords),
      kkQuery: tsquery(kkWords, true),
      ruTerms: ruWords.slice(0, MAX_TERMS).map((word) => tsquery([word])!),
      kkTerms: kkWords.slice(0, MAX_TERMS).map((word) => tsquery([word], true)!),
      titleKk: document.titleKk.toLowerCase(),
      titleRu: document.titleRu.toLowerCase(),
      excludeRequest: search.excludeRequest ?? '',
      excludeAgencyRequests: search.excludeAgencyRequests ?? null,
      perKind: search.candidates ?? DEFAULT_CANDIDATES,
    });
    const query = this.side(glossary, document.functions, document.dataObjects, document.concepts, words);
    const queryMatches = [...glossary.match(document.body.kk), ...glossary.match(document.body.ru)];
    return rows
      .map((row) => {
        const candidate = this.side(glossary, row.functions, row.data_objects, row.concepts, wordsOf(row.ru_words, row.kk_words));
        const similarities = [row.kk_title_similarity, row.ru_title_similarity].filter((value): value is number => value !== null);
        const parts = scoreOf(query, candidate, similarities.length > 0 ? Math.max(...similarities.map(Number)) : null);
        return this.hit(glossary, row, parts, queryMatches);
      })
      .filter((hit) => hit.score >= (search.minScore ?? 0))
      .sort((left, right) => right.score - left.score || left.ref.localeCompare(right.ref));
  }

  /**
   * The elements (lexemes, concepts, codes) too common to pick candidates by, from the statistics
   * PostgreSQL's ANALYZE keeps of the index's columns; read again after a minute.
   */
  private async commonElements(manager: EntityManager): Promise<Map<string, Set<string>>> {
    if (this.statistics && performance.now() - this.statistics.readAt < STATISTICS_TTL_MS) return this.statistics.common;
    const rows = await readCommonElements(manager);
    const common = new Map(rows.map((row) => [row.column, new Set(row.elements.filter((_, index) => row.shares[index]! > COMMON_SHARE))]));
    this.statistics = { readAt: performance.now(), common };
    return common;
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
