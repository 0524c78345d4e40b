import { DataSource, EntityManager } from 'typeorm';
import { RequestSubmittedV1 } from '@qaztech/contracts';
import { Glossary } from '../libs/catalogue/src/overlap/glossary';
import { loadGlossarySeed } from '../libs/catalogue/src/overlap/glossary.repository';
import { requestDocument, systemDocument } from '../libs/catalogue/src/overlap/overlap-document';
import { OverlapDocumentRepository } from '../libs/catalogue/src/overlap/overlap-document.repository';
import { OverlapFinder } from '../libs/catalogue/src/overlap/overlap-finder';
import { BenchContext } from './context';
import { evaluate, EvaluationFigures, loadCorpus, loadEvaluationSet } from './overlap-evaluation';
import { Figure, percentile, progress, sortNumbers, timed } from './support';

export interface OverlapBenchSizes {
  systems: number;
  requests: number;
  reports: number;
}

export const OVERLAP_FULL: OverlapBenchSizes = { systems: 10_000, requests: 5_000, reports: 500 };
export const OVERLAP_QUICK: OverlapBenchSizes = { systems: 1_000, requests: 500, reports: 100 };

const REGIONS = [
  'Абайской',
  'Акмолинской',
  'Актюбинской',
  'Алматинской',
  'Атырауской',
  'Жетысуской',
  'Карагандинской',
  'Костанайской',
  'Мангистауской',
  'Павлодарской',
  'Туркестанской',
  'Улытауской',
];
const REGIONS_KK = [
  'Абай',
  'Ақмола',
  'Ақтөбе',
  'Алматы',
  'Атырау',
  'Жетісу',
  'Қарағанды',
  'Қостанай',
  'Маңғыстау',
  'Павлодар',
  'Түркістан',
  'Ұлытау',
];
const QUALIFIERS = ['модуль', 'подсистема', 'региональный сегмент', 'мобильный сервис', 'аналитический модуль'];
const QUALIFIERS_KK = ['модулі', 'ішкі жүйесі', 'өңірлік сегменті', 'мобильді сервисі', 'талдау модулі'];

/** A deterministic sequence, so every run builds the same data. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const percent = (value: number): number => Math.round(value * 1000) / 10;

function qualityFigures(label: string, figures: EvaluationFigures): Figure[] {
  const about = `${figures.queries} requests, ${figures.pairs} pairs`;
  return [
    {
      name: `overlap precision@1, ${label} (${about})`,
      value: percent(figures.precisionAt1),
      unit: '%',
      aim: '≥ 90 %',
      met: figures.precisionAt1 >= 0.9,
    },
    { name: `overlap recall@5, ${label}`, value: percent(figures.recallAt5), unit: '%', aim: '≥ 95 %', met: figures.recallAt5 >= 0.95 },
    {
      name: `overlap precision@1, ${label}, cross-language (${figures.crossQueries} requests)`,
      value: percent(figures.crossPrecisionAt1),
      unit: '%',
      aim: '≥ 90 %',
      met: figures.crossPrecisionAt1 >= 0.9,
    },
    {
      name: `overlap recall@5, ${label}, cross-language`,
      value: percent(figures.crossRecallAt5),
      unit: '%',
      aim: '≥ 95 %',
      met: figures.crossRecallAt5 >= 0.95,
    },
    {
      name: `look-alikes (similar words, other function) ranked above the duplicate, ${label}`,
      value: percent(figures.lookAlikeFirst),
      unit: '%',
      aim: '≤ 10 %',
      met: figures.lookAlikeFirst <= 0.1,
    },
    {
      name: `expected top precedent found first, ${label} (${figures.precedentQueries} requests)`,
      value: percent(figures.precedentTop1),
      unit: '%',
      aim: '≥ 90 %',
      met: figures.precedentTop1 >= 0.9,
    },
  ];
}

/** The evaluation set, scored on the tuning subset (for the record) and on the reported subset. */
async function quality(manager: EntityManager, glossary: Glossary): Promise<Figure[]> {
  const set = loadEvaluationSet();
  await loadCorpus(manager, glossary, set);
  const tuning = await evaluate(manager, glossary, set, 'tuning');
  // Misses are shown for the tuning subset only: the reported pairs are never looked into.
  for (const miss of tuning.misses) progress(`tuning subset miss: ${miss}`);
  const reported = await evaluate(manager, glossary, set, 'reported');
  await manager.query('DELETE FROM catalogue.overlap_documents');
  return [...qualityFigures('reported subset', reported), ...qualityFigures('tuning subset', tuning).slice(0, 2)];
}

function syntheticSubmitted(index: number, random: () => number, titles: { kk?: string; ru?: string }[]): RequestSubmittedV1 {
  const base = titles[Math.floor(random() * titles.length)]!;
  const region = Math.floor(random() * REGIONS.length);
  const qualifier = Math.floor(random() * QUALIFIERS.length);
  const kazakh = random() < 0.4 && base.kk;
  return {
    requestId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    agencyBin: String(100000000000 + Math.floor(random() * 900)),
    registrationNumber: `QTX-2027-${String(index).padStart(6, '0')}`,
    version: 1,
    submittedAt: '2027-01-01T00:00:00.000Z',
    content: {
      system: kazakh
        ? { titleKk: `${REGIONS_KK[region]} облысының ${base.kk} ${QUALIFIERS_KK[qualifier]}` }
        : { titleRu: `${base.ru ?? base.kk} ${QUALIFIERS[qualifier]} ${REGIONS[region]} области` },
    },
    attachments: [],
  };
}

/** 10,000 systems and 5,000 requests (full size), built from the evaluation set's names with regions and qualifiers. */
export async function loadLargeCorpus(manager: EntityManager, glossary: Glossary, sizes: OverlapBenchSizes): Promise<RequestSubmittedV1[]> {
  const set = loadEvaluationSet();
  const titles = [
    ...set.systems.map((system) => ({ kk: system.nameKk, ru: system.nameRu })),
    ...set.queries.map((query) => ({ kk: query.titleKk, ru: query.titleRu })),
  ];
  const random = sequence(42);
  const documents = new OverlapDocumentRepository();
  const at = new Date('2027-01-01T00:00:00.000Z');
  for (let index = 0; index < sizes.systems; index += 1) {
    const made = syntheticSubmitted(index, random, titles).content.system!;
    const record = {
      objectId: `SYS-${index}`,
      ownerBin: '940140000385',
      ownerName: 'Орган',
      nameKk: made.titleKk ?? '',
      nameRu: made.titleRu ?? '',
      status: 'industrial' as const,
      functions: [],
      dataObjects: [],
      goLiveDate: null,
      description: null,
    };
    await documents.upsert(manager, systemDocument(glossary, record, true), at);
    if (index % 2000 === 1999) progress(`overlap: ${index + 1} systems indexed`);
  }
  const requests: RequestSubmittedV1[] = [];
  for (let index = 0; index < sizes.requests; index += 1) {
    const request = syntheticSubmitted(sizes.systems + index, random, titles);
    requests.push(request);
    await documents.upsert(manager, requestDocument(glossary, request), at);
  }
  // As autovacuum leaves a table that has settled: statistics for the planner, the visibility map.
  await manager.query('VACUUM ANALYZE catalogue.overlap_documents');
  return requests;
}

/** The overlap report's query for one request, beside one bare full-text query on the same data. */
async function speed(manager: EntityManager, glossary: Glossary, sizes: OverlapBenchSizes): Promise<Figure> {
  const requests = await loadLargeCorpus(manager, glossary, sizes);
  const finder = new OverlapFinder(new OverlapDocumentRepository(), undefined as never);
  const report: number[] = [];
  const bare: number[] = [];
  for (let index = 0; index < sizes.reports; index += 1) {
    const request = requests[(index * 7919) % requests.length]!;
    const document = requestDocument(glossary, request);
    report.push(
      (
        await timed(() =>
          finder.find(manager, glossary, {
            document,
            kinds: ['system', 'request', 'decision'],
            excludeRequest: document.ref,
            minScore: 0.1,
          }),
        )
      ).ms,
    );
    const text = `${document.titleKk} ${document.titleRu}`;
    bare.push(
      (
        await timed(() =>
          manager.query(
            `SELECT kind, ref FROM catalogue.overlap_documents
              WHERE tsv_ru @@ websearch_to_tsquery('russian', $1) OR tsv_kk @@ plainto_tsquery('catalogue.kazakh', $1)
              ORDER BY ts_rank(tsv_ru, websearch_to_tsquery('russian', $1)) DESC LIMIT 10`,
            [text],
          ),
        )
      ).ms,
    );
  }
  const p99 = percentile(sortNumbers(report), 99);
  return {
    name: `overlap report of one request, p99 (${sizes.systems} systems, ${sizes.requests} requests, ${sizes.reports} reports)`,
    value: p99,
    unit: 'ms',
    baseline: { name: 'one bare full-text query, p99', value: percentile(sortNumbers(bare), 99) },
    aim: '< 100 ms',
    met: p99 < 100,
  };
}

export async function benchOverlap(context: BenchContext, sizes: OverlapBenchSizes): Promise<Figure[]> {
  const dataSource = await new DataSource({ type: 'postgres', url: context.config.DATABASE_URL, poolSize: 2 }).initialize();
  try {
    const glossary = new Glossary(loadGlossarySeed());
    progress('overlap: scoring the evaluation set');
    const figures = await quality(dataSource.manager, glossary);
    progress('overlap: loading the corpus for the speed figure');
    figures.push(await speed(dataSource.manager, glossary, sizes));
    return figures;
  } finally {
    await dataSource.destroy();
  }
}
