/**
 * The catalogue's evidence about duplication: the inventory of the state's existing systems, the
 * bilingual glossary that lets Kazakh and Russian records meet, and the overlap reports computed
 * for each request. A report is automated assistance: it ranks and explains, it decides nothing.
 */

/** One import of the inventory: a version of it, with where it came from and what it changed. */
export interface InventoryImportedV1 {
  importId: string;
  /** 1 for the first import, then one more each time. */
  version: number;
  source: string;
  format: 'csv' | 'json';
  importedAt: string;
  counts: { rows: number; added: number; changed: number; unchanged: number; markedMissing: number; returned: number };
}

export const GLOSSARY_TERM_KINDS = ['function', 'data_object', 'term'] as const;
export type GlossaryTermKind = (typeof GLOSSARY_TERM_KINDS)[number];

/** One concept of the kk↔ru glossary: the stems that name it in each language. */
export interface GlossaryTermV1 {
  id: string;
  kind: GlossaryTermKind;
  kk: string[];
  ru: string[];
}

export interface GlossaryTermAddedV1 {
  term: GlossaryTermV1;
  /** True when the term replaced an entry with the same id. */
  replaced: boolean;
}

export const OVERLAP_HIT_KINDS = ['system', 'request', 'decision'] as const;
export type OverlapHitKind = (typeof OVERLAP_HIT_KINDS)[number];

/** How a report was made, said in the report itself (the AI law asks automated output to be marked). */
export interface OverlapMethodV1 {
  name: string;
  version: string;
}

/** A hit as other contexts keep it: enough to show a line and link to the report. */
export interface OverlapHitSummaryV1 {
  kind: OverlapHitKind;
  ref: string;
  label: string;
  score: number;
}

/** The catalogue computed an overlap report for a submitted version of a request. */
export interface OverlapReportComputedV1 {
  reportId: string;
  requestId: string;
  requestVersion: number;
  trigger: 'submitted' | 'resubmitted' | 'on_demand';
  computedAt: string;
  method: OverlapMethodV1;
  /** Where the Commission reads the whole report. */
  path: string;
  counts: { systems: number; requests: number; precedents: number };
  top: OverlapHitSummaryV1[];
}

/** A published decision that resembles another one: public precedents only. */
export interface SimilarDecisionV1 {
  recordNumber: string;
  decisionNumber: string;
  titleKk: string;
  titleRu: string;
  outcome: string;
  score: number;
}

/**
 * Similar published decisions, recomputed when a decision is published: for the new record and
 * for each record whose list it entered. Built from the register's own records, never from requests.
 */
export interface SimilarDecisionsFoundV1 {
  computedAt: string;
  method: OverlapMethodV1;
  records: { recordNumber: string; similar: SimilarDecisionV1[] }[];
}
