import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';
import { PublishedDecisionRecord, RequestSubmittedV1 } from '@qaztech/contracts';
import { Glossary } from '../libs/catalogue/src/overlap/glossary';
import { decisionDocument, OverlapDocument, requestDocument, systemDocument } from '../libs/catalogue/src/overlap/overlap-document';
import { OverlapDocumentRepository } from '../libs/catalogue/src/overlap/overlap-document.repository';
import { OverlapFinder } from '../libs/catalogue/src/overlap/overlap-finder';
import { languageOf } from '../libs/catalogue/src/overlap/text';

/** The labelled set, committed with the tests (bench/README.md says how it was built). */
export const EVALUATION_FILE = join(__dirname, '..', '..', 'tests', 'overlap-evaluation', 'evaluation-set.json');

export type Subset = 'tuning' | 'reported';

interface Texts {
  titleKk?: string;
  titleRu?: string;
  purpose?: string;
}

interface EvaluationSet {
  systems: { id: string; nameKk?: string; nameRu?: string; description?: string; dataObjects?: string[]; functions?: string[] }[];
  queries: (Texts & { id: string; subset: Subset; duplicates: string[]; notDuplicates?: string[] })[];
  decisions: (Texts & { id: string; outcome: string })[];
  precedentQueries: (Texts & { id: string; subset: Subset; expectedTop: string })[];
}

export function loadEvaluationSet(file = EVALUATION_FILE): EvaluationSet {
  return JSON.parse(readFileSync(file, 'utf8')) as EvaluationSet;
}

const AGENCY = '940140000385';

function submitted(id: string, texts: Texts): RequestSubmittedV1 {
  return {
    requestId: id,
    agencyBin: AGENCY,
    registrationNumber: id,
    version: 1,
    submittedAt: '2027-01-01T00:00:00.000Z',
    content: { system: { titleKk: texts.titleKk, titleRu: texts.titleRu, purpose: texts.purpose } },
    attachments: [],
  };
}

function languages(...texts: (string | undefined)[]): Set<string> {
  return new Set(texts.filter((text): text is string => !!text).map(languageOf));
}

export interface EvaluationFigures {
  queries: number;
  pairs: number;
  precisionAt1: number;
  recallAt5: number;
  crossQueries: number;
  crossPrecisionAt1: number;
  crossRecallAt5: number;
  /** Share of labelled look-alikes (similar words, different function) ranked above every duplicate of their query. */
  lookAlikeFirst: number;
  precedentQueries: number;
  precedentTop1: number;
  misses: string[];
}

/** Loads the set's systems and decisions into the index of an empty database. */
export async function loadCorpus(manager: EntityManager, glossary: Glossary, set: EvaluationSet): Promise<void> {
  const documents = new OverlapDocumentRepository();
  const at = new Date('2027-01-01T00:00:00.000Z');
  for (const system of set.systems) {
    const record = {
      objectId: system.id,
      ownerBin: AGENCY,
      ownerName: 'Орган',
      nameKk: system.nameKk ?? '',
      nameRu: system.nameRu ?? '',
      status: 'industrial' as const,
      functions: system.functions ?? [],
      dataObjects: system.dataObjects ?? [],
      goLiveDate: null,
      description: system.description ?? null,
    };
    await documents.upsert(manager, systemDocument(glossary, record, true), at);
  }
  for (const decision of set.decisions) {
    const request = requestDocument(glossary, submitted(decision.id, decision));
    const record = {
      recordNumber: decision.id,
      decisionNumber: decision.id,
      registrationNumber: decision.id,
      applicant: { bin: AGENCY, nameKk: 'Орган', nameRu: 'Орган' },
      system: { titleKk: decision.titleKk ?? '', titleRu: decision.titleRu ?? '', titleEn: null },
      outcome: decision.outcome,
      decidedAt: at.toISOString(),
      publishedAt: at.toISOString(),
    } as unknown as PublishedDecisionRecord;
    await documents.upsert(manager, decisionDocument(glossary, record, decision.id, request), at);
  }
}

async function rank(manager: EntityManager, glossary: Glossary, document: OverlapDocument, kind: 'system' | 'decision'): Promise<string[]> {
  const hits = await new OverlapFinder(new OverlapDocumentRepository(), undefined as never).find(manager, glossary, {
    document,
    kinds: [kind],
    excludeRequest: document.ref,
  });
  return hits.map((hit) => hit.ref);
}

const ratio = (part: number, whole: number): number => (whole === 0 ? Number.NaN : part / whole);

/** Precision at 1 and recall at 5 of the report's ranking of existing systems, and its top precedent. */
export async function evaluate(manager: EntityManager, glossary: Glossary, set: EvaluationSet, subset: Subset): Promise<EvaluationFigures> {
  const systems = new Map(set.systems.map((system) => [system.id, system]));
  const figures = {
    queries: 0,
    pairs: 0,
    top1: 0,
    dupPairs: 0,
    found5: 0,
    cross: 0,
    crossTop1: 0,
    crossPairs: 0,
    crossFound5: 0,
    lookAlikes: 0,
    lookAlikeFirst: 0,
  };
  const misses: string[] = [];
  for (const query of set.queries.filter((item) => item.subset === subset)) {
    const ranking = await rank(manager, glossary, requestDocument(glossary, submitted(`request-${query.id}`, query)), 'system');
    const queryLanguages = languages(query.titleKk, query.titleRu, query.purpose);
    figures.queries += 1;
    figures.pairs += query.duplicates.length + (query.notDuplicates?.length ?? 0);
    const top1 = query.duplicates.includes(ranking[0] ?? '');
    if (!top1) misses.push(`${query.id}: top ${ranking[0] ?? 'none'}, expected ${query.duplicates.join('|')}`);
    const cross = query.duplicates.some((id) => {
      const system = systems.get(id)!;
      const theirs = languages(system.nameKk, system.nameRu, system.description);
      return ![...queryLanguages].some((language) => theirs.has(language));
    });
    figures.top1 += Number(top1);
    if (cross) {
      figures.cross += 1;
      figures.crossTop1 += Number(top1);
    }
    for (const id of query.duplicates) {
      const found = ranking.slice(0, 5).includes(id);
      figures.dupPairs += 1;
      figures.found5 += Number(found);
      if (cross) {
        figures.crossPairs += 1;
        figures.crossFound5 += Number(found);
      }
    }
    const firstDuplicate = Math.min(
      ...query.duplicates.map((id) => (ranking.includes(id) ? ranking.indexOf(id) : Number.MAX_SAFE_INTEGER)),
    );
    for (const id of query.notDuplicates ?? []) {
      figures.lookAlikes += 1;
      const position = ranking.indexOf(id);
      figures.lookAlikeFirst += Number(position >= 0 && position < firstDuplicate);
    }
  }
  let precedentTop1 = 0;
  const precedentQueries = set.precedentQueries.filter((item) => item.subset === subset);
  for (const query of precedentQueries) {
    const ranking = await rank(manager, glossary, requestDocument(glossary, submitted(`precedent-${query.id}`, query)), 'decision');
    const hit = ranking[0] === query.expectedTop;
    precedentTop1 += Number(hit);
    if (!hit) misses.push(`${query.id}: top precedent ${ranking[0] ?? 'none'}, expected ${query.expectedTop}`);
  }
  return {
    queries: figures.queries,
    pairs: figures.pairs,
    precisionAt1: ratio(figures.top1, figures.queries),
    recallAt5: ratio(figures.found5, figures.dupPairs),
    crossQueries: figures.cross,
    crossPrecisionAt1: ratio(figures.crossTop1, figures.cross),
    crossRecallAt5: ratio(figures.crossFound5, figures.crossPairs),
    lookAlikeFirst: ratio(figures.lookAlikeFirst, figures.lookAlikes),
    precedentQueries: precedentQueries.length,
    precedentTop1: ratio(precedentTop1, precedentQueries.length),
    misses,
  };
}
