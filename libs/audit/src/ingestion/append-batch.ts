import { EntityManager } from 'typeorm';
import { DecisionPublishedV1, EVENT_ROUTES, EventEnvelope } from '@qaztech/contracts';
import { Clock, OutboxWriter, systemClock } from '@qaztech/platform';
import { formatCheckpoint, leafHash, newSalts, payloadCommitment, signNote, tilesAfterAppend, treeRoot } from '../log';
import { ChainTip, LedgerAppendRepository, StoredEntry, WaitingRow } from '../log-store/ledger-append.repository';
import { stageTiles, tileReader } from '../log-store/tile-store';
import { CheckpointKeys } from '../signing/checkpoint-keys';
import { nextBatch, WaitingEvent } from './batch-order';
import { chooseLeaf } from './quarantine';

const LEDGER_ACTOR = { id: 'system', role: 'system' } as const;

type InboxRow = WaitingRow & WaitingEvent;
type BuiltEntry = StoredEntry;

const log = new LedgerAppendRepository();

export interface AppendResult {
  appended: number;
  size: number;
}

/**
 * One batch, in one transaction: lock the log head (a second integrator waits here rather than
 * fork the tree), take the next events in source order, build their leaves, store entries,
 * payloads, tiles and a signed checkpoint, move the head, and tell the register where its
 * publications landed.
 */
export async function appendBatch(
  manager: EntityManager,
  origin: string,
  keys: CheckpointKeys,
  limit: number,
  outbox: OutboxWriter,
  clock: Clock = systemClock,
): Promise<AppendResult> {
  const size = await log.lockHead(manager, origin);
  const progress = await log.integratedThrough(manager);
  const batch = nextBatch(bySource(await log.waitingEvents(manager, limit)), progress, limit);
  if (batch.length === 0) return { appended: 0, size };
  const entries = await buildEntries(manager, origin, size, batch, clock.now());
  await log.insertEntries(manager, entries);
  await log.advanceChains(manager, chainTipsAfter(entries));
  await advanceSources(manager, batch, progress);
  const tiles = await tilesAfterAppend(
    size,
    entries.map((entry) => entry.leafHash),
    tileReader(manager),
  );
  await log.insertTiles(manager, tiles);
  const newSize = size + entries.length;
  const rootHash = await treeRoot(newSize, tileReader(manager, stageTiles(tiles)));
  const note = signNote(formatCheckpoint({ origin, size: newSize, rootHash }), keys.signers);
  await log.recordCheckpoint(manager, origin, { size: newSize, rootHash, note });
  await announceAnchors(manager, outbox, entries, { treeSize: newSize, rootHash: rootHash.toString('hex'), checkpoint: note });
  return { appended: entries.length, size: newSize };
}

const PUBLISHER = EVENT_ROUTES['decision.published.v2'].source;
/** Every version of the register's publication event: older ones may still arrive from its outbox. */
const PUBLICATIONS: ReadonlySet<string> = new Set(['decision.published.v1', 'decision.published.v2']);

/**
 * Each publication appended in this batch gets its anchor: the checkpoint just signed is the
 * smallest that holds it. Written in the batch's transaction, so an entry and its anchor event
 * exist together or not at all.
 */
async function announceAnchors(
  manager: EntityManager,
  outbox: OutboxWriter,
  entries: readonly BuiltEntry[],
  checkpoint: { treeSize: number; rootHash: string; checkpoint: string },
): Promise<void> {
  for (const entry of entries) {
    // Only the register publishes: the same type from another source would be refused there.
    if (!PUBLICATIONS.has(entry.event.type) || entry.event.source !== PUBLISHER) continue;
    const published = entry.event.payload as Partial<DecisionPublishedV1>;
    // A quarantined entry keeps the payload it came with, which may lack what an anchor names.
    if (typeof published.publicationId !== 'string' || typeof published.decisionId !== 'string') continue;
    await outbox.append(manager, {
      type: 'audit.publication_anchored.v1',
      aggregateId: entry.event.aggregateId,
      actor: LEDGER_ACTOR,
      correlationId: entry.event.correlationId,
      payload: {
        publicationId: published.publicationId,
        decisionId: published.decisionId,
        publishedEventId: entry.event.id,
        leafIndex: entry.index,
        ...checkpoint,
      },
    });
  }
}

function bySource(rows: readonly WaitingRow[]): Map<string, InboxRow[]> {
  const grouped = new Map<string, InboxRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.source) ?? [];
    list.push(row);
    grouped.set(row.source, list);
  }
  return grouped;
}

async function buildEntries(
  manager: EntityManager,
  origin: string,
  size: number,
  batch: readonly InboxRow[],
  now: Date,
): Promise<BuiltEntry[]> {
  const ids = [...new Set(batch.map((row) => row.envelope.aggregateId).filter((id): id is string => id !== null))];
  const tips = await log.chainTips(manager, ids);
  const salts = newSalts(batch.length);
  return batch.map(({ envelope: original }, offset) => {
    const salt = salts[offset]!;
    // What can be erased later lives in the document; the leaf keeps only its commitment.
    const documentOf = (event: EventEnvelope, quarantine?: object) => ({
      actorName: event.actor?.name ?? null,
      correlationId: event.correlationId,
      // A step the system took by itself names the act that caused it; committed like the payload.
      ...(event.causedBy ? { causedBy: event.causedBy } : {}),
      payload: event.payload,
      ...(quarantine ? { quarantine } : {}),
    });
    const fieldsOf = (event: EventEnvelope, document: unknown) => ({
      origin,
      eventId: event.id,
      type: event.type,
      source: event.source,
      sourceSequence: event.sequence,
      requestId: event.aggregateId,
      actor: { id: event.actor?.id, role: event.actor?.role, agencyBin: event.actor?.agencyBin ?? null },
      occurredAt: event.occurredAt,
      payloadCommitment: payloadCommitment(salt, document),
      previousRequestLeaf: event.aggregateId ? (tips.get(event.aggregateId)?.toString('hex') ?? null) : null,
    });
    const first = chooseLeaf(original, (event) => fieldsOf(event, documentOf(event)), now);
    const document = first.quarantined ? documentOf(original, { reason: first.quarantined, envelope: original }) : documentOf(original);
    const { event, leaf } = first.quarantined ? chooseLeaf(first.event, (repaired) => fieldsOf(repaired, document), now) : first;
    const hash = leafHash(leaf);
    if (event.aggregateId) tips.set(event.aggregateId, hash);
    return { index: size + offset, event, leaf, leafHash: hash, salt, document };
  });
}

/** Each request's newest entry in the batch, with its registration number and agency once known. */
function chainTipsAfter(entries: readonly BuiltEntry[]): ChainTip[] {
  const latest = new Map<string, BuiltEntry>();
  const registration = new Map<string, { number: string | null; agency: string | null }>();
  for (const entry of entries) {
    const requestId = entry.event.aggregateId;
    if (!requestId) continue;
    latest.set(requestId, entry);
    const payload = entry.event.payload as { registrationNumber?: unknown; agencyBin?: unknown };
    const number = typeof payload.registrationNumber === 'string' ? payload.registrationNumber : null;
    const agency = typeof payload.agencyBin === 'string' ? payload.agencyBin : null;
    if (number || agency) registration.set(requestId, { number, agency });
  }
  return [...latest].map(([requestId, entry]) => ({
    requestId,
    registrationNumber: registration.get(requestId)?.number ?? null,
    agencyBin: registration.get(requestId)?.agency ?? null,
    lastIndex: entry.index,
    lastLeafHash: entry.leafHash,
  }));
}

/** Each source's new high-water mark; its appended events leave the inbox. */
async function advanceSources(manager: EntityManager, batch: readonly InboxRow[], before: ReadonlyMap<string, number>): Promise<void> {
  const through = new Map<string, number>();
  for (const row of batch) through.set(row.source, Math.max(through.get(row.source) ?? 0, row.sequence));
  for (const [source, sequence] of through) await log.advanceSource(manager, source, before.get(source) ?? 0, sequence);
}
