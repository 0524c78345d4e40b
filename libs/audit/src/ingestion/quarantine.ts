import { EventEnvelope } from '@qaztech/contracts';
import { encodeLeaf, LedgerLeafError, LedgerLeafFields } from '../log';

export interface LeafChoice {
  /** The event as the entry records it: the original, or its fields made acceptable. */
  event: EventEnvelope;
  leaf: Buffer;
  /** Why the original was refused; absent when it was taken as it came. */
  quarantined?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const text = (value: unknown, fallback: string): string => (typeof value === 'string' && value.length > 0 ? value : fallback);

/**
 * One event whose fields the leaf format refuses (an empty actor, a malformed time) must not
 * stop the ledger for every source: the batch would fail again on every try. Such an event is
 * appended in its place in the source's sequence with the refused fields replaced by markers,
 * and the original envelope kept, with the reason, in the entry's payload document: nothing is
 * lost or reordered, and an auditor finds it by `quarantine` in the payload.
 */
export function chooseLeaf(event: EventEnvelope, fieldsOf: (event: EventEnvelope) => LedgerLeafFields, now: Date): LeafChoice {
  try {
    return { event, leaf: encodeLeaf(fieldsOf(event)) };
  } catch (error) {
    if (!(error instanceof LedgerLeafError)) throw error;
    const repaired = repairedEvent(event, now);
    return { event: repaired, leaf: encodeLeaf(fieldsOf(repaired)), quarantined: error.message };
  }
}

/** A malformed time becomes the time the ledger took the event in. */
function repairedEvent(event: EventEnvelope, now: Date): EventEnvelope {
  const occurredAt = typeof event.occurredAt === 'string' && !Number.isNaN(Date.parse(event.occurredAt)) ? event.occurredAt : null;
  const agencyBin = event.actor?.agencyBin;
  return {
    ...event,
    type: text(event.type, 'unknown'),
    aggregateId: typeof event.aggregateId === 'string' && UUID.test(event.aggregateId) ? event.aggregateId : null,
    actor: {
      id: text(event.actor?.id, 'unknown'),
      role: text(event.actor?.role, 'unknown'),
      ...(typeof agencyBin === 'string' && agencyBin.length > 0 ? { agencyBin } : {}),
    },
    occurredAt: occurredAt ? new Date(occurredAt).toISOString() : now.toISOString(),
  };
}
