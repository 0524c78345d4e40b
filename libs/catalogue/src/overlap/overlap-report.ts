import { LocalizedTextV1, OverlapMethodV1, OverlapReportComputedV1 } from '@qaztech/contracts';
import { OverlapDocument } from './overlap-document';
import { OverlapHit } from './overlap-finder';

/** Bumped whenever the ranking changes what it finds: each report names the method that made it. */
export const OVERLAP_METHOD: OverlapMethodV1 = { name: 'catalogue-overlap-ranking', version: '1.0.0' };

export const OVERLAP_METHOD_DESCRIPTION =
  'PostgreSQL full text (russian, and a Kazakh configuration: simple with Kazakh stop words), pg_trgm title similarity, ' +
  'shared function and data-object codes, and a kk↔ru glossary of domain terms; a weighted score from 0 to 1.';

/** The AI law asks automated assistance to say so; the Commission decides, not the report. */
export const AUTOMATED_NOTICE: LocalizedTextV1 = {
  kk: 'Бұл есепті жүйе автоматты түрде жасады. Ол ұқсастықтарды көрсетеді, бірақ ешнәрсе шешпейді: шешімді адам қабылдайды.',
  ru: 'Этот отчёт составлен автоматически. Он показывает сходства, но ничего не решает: решение принимает человек.',
  en: 'This report was produced automatically. It shows similarities and decides nothing: a person decides.',
};

export const HITS_PER_KIND = 10;
export const MIN_SCORE = 0.1;

export type ReportTrigger = OverlapReportComputedV1['trigger'];

export interface OverlapReport {
  id: string;
  requestId: string;
  requestVersion: number;
  registrationNumber: string | null;
  trigger: ReportTrigger;
  automated: { notice: LocalizedTextV1; method: OverlapMethodV1 & { description: string }; computedAt: string; decidesNothing: true };
  subject: { titleKk: string; titleRu: string; functions: string[]; dataObjects: string[]; concepts: string[] };
  systems: OverlapHit[];
  requests: OverlapHit[];
  precedents: OverlapHit[];
}

export function buildReport(
  id: string,
  request: OverlapDocument,
  hits: readonly OverlapHit[],
  trigger: ReportTrigger,
  computedAt: Date,
): OverlapReport {
  const of = (kind: OverlapHit['kind']) => hits.filter((hit) => hit.kind === kind).slice(0, HITS_PER_KIND);
  return {
    id,
    requestId: request.ref,
    requestVersion: Number(request.details.version ?? 1),
    registrationNumber: (request.details.registrationNumber as string | undefined) ?? null,
    trigger,
    automated: {
      notice: AUTOMATED_NOTICE,
      method: { ...OVERLAP_METHOD, description: OVERLAP_METHOD_DESCRIPTION },
      computedAt: computedAt.toISOString(),
      decidesNothing: true,
    },
    subject: {
      titleKk: request.titleKk,
      titleRu: request.titleRu,
      functions: request.functions,
      dataObjects: request.dataObjects,
      concepts: request.concepts,
    },
    systems: of('system'),
    requests: of('request'),
    precedents: of('decision'),
  };
}

export const reportPath = (requestId: string): string => `/catalogue/overlap/requests/${requestId}`;

/** What other contexts keep of a report: its counts and its three best hits. */
export function reportComputed(report: OverlapReport): OverlapReportComputedV1 {
  const top = [...report.systems, ...report.requests, ...report.precedents]
    .sort((left, right) => right.score - left.score)
    .slice(0, 3)
    .map((hit) => ({ kind: hit.kind, ref: hit.ref, label: hit.label, score: hit.score }));
  return {
    reportId: report.id,
    requestId: report.requestId,
    requestVersion: report.requestVersion,
    trigger: report.trigger,
    computedAt: report.automated.computedAt,
    method: OVERLAP_METHOD,
    path: reportPath(report.requestId),
    counts: { systems: report.systems.length, requests: report.requests.length, precedents: report.precedents.length },
    top,
  };
}
