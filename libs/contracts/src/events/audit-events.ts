import { ContextName } from './envelope';

/**
 * An auditor read the ledger: who asked what is itself part of the history. Recorded before the
 * answer is given, so no read goes unrecorded.
 */
export interface AuditAccessedV1 {
  /** The route template, e.g. `/audit/requests/:requestId/history`. */
  route: string;
  /** Path parameters and query, as the auditor sent them. */
  parameters: Record<string, string>;
}

/**
 * The ledger saw a source's sequence stop short (a gap that stayed open, or a head it never
 * reached) and asks that source to put the range back on the queues. Every consumer of those
 * events gets them again, which is harmless: consumers ignore events they have handled.
 */
export interface RedeliveryRequestedV1 {
  source: ContextName;
  fromSequence: number;
  toSequence: number;
  /** How long the gap had been open when the ledger asked, in milliseconds. */
  openForMs: number;
}

/**
 * A published decision is in the ledger: at which index, and the signed checkpoint of the batch
 * that appended it, the smallest tree that holds it. The register keeps it beside the record, so
 * whoever holds the record can have its inclusion proved against a checkpoint the ledger signed.
 */
export interface PublicationAnchoredV1 {
  publicationId: string;
  decisionId: string;
  /** The `decision.published.v1` event the ledger's entry records. */
  publishedEventId: string;
  leafIndex: number;
  treeSize: number;
  /** The root of the tree of `treeSize` entries, in hex as the proof endpoints give it. */
  rootHash: string;
  /** That tree's checkpoint as a signed note (C2SP tlog-checkpoint). */
  checkpoint: string;
}

/**
 * Not an event: a relay's periodic word of the last sequence it numbered, so the ledger can tell
 * that the newest events of a source are missing even when nothing newer follows them.
 */
export const SOURCE_HEAD_JOB = 'source.head';

export interface SourceHead {
  source: ContextName;
  lastSequence: number;
}

/** The context that watches every source's sequence for gaps. */
export const SEQUENCE_WATCHER: ContextName = 'audit';
