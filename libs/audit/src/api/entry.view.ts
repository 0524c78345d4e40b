import { EventCause } from '@qaztech/contracts';
import { decodeLeaf } from '../log';
import { EntryRow } from '../log-store/ledger.query';

/** One step of the history as an auditor reads it. */
export interface EntryView {
  index: number;
  eventId: string;
  type: string;
  source: string;
  sourceSequence: number;
  requestId: string | null;
  actor: { id: string; role: string; name: string | null; agencyBin: string | null };
  /** For a step the system took by itself: the act that caused it, and whose it was. */
  causedBy: EventCause | null;
  occurredAt: string;
  appendedAt: string;
  /** Absent once erased; the leaf and its proofs remain valid. */
  payload: unknown;
  erased: boolean;
  leafHash: string;
  previousRequestLeaf: string | null;
}

export function toEntryView(entry: EntryRow): EntryView {
  const leaf = decodeLeaf(entry.leaf);
  return {
    index: entry.index,
    eventId: entry.eventId,
    type: entry.eventType,
    source: entry.source,
    sourceSequence: entry.sourceSequence,
    requestId: entry.requestId,
    actor: { id: entry.actorId, role: entry.actorRole, name: entry.document?.actorName ?? null, agencyBin: entry.agencyBin },
    causedBy: entry.document?.causedBy ?? null,
    occurredAt: entry.occurredAt.toISOString(),
    appendedAt: entry.integratedAt.toISOString(),
    payload: entry.document?.payload ?? null,
    erased: entry.document === null,
    leafHash: entry.leafHash.toString('hex'),
    previousRequestLeaf: leaf.previousRequestLeaf,
  };
}
