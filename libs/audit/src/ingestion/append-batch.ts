import { EntityManager } from 'typeorm';
import { DecisionPublishedV1, EVENT_ROUTES, EventEnvelope } from '@qaztech/contracts';
import { Clock, OutboxWriter, systemClock } from '@qaztech/platform';
import { formatCheckpoint, leafHash, newSalts, payloadCommitment, signNote, tilesAfterAppend, treeRoot } from '../log';
import { insertTiles, stageTiles, tileReader } from '../log-store/tile-store';
import { CheckpointKeys } from '../signing/checkpoint-keys';
import { nextBatch, WaitingEvent } from './batch-order';
import { chooseLeaf } from './quarantine';

const LEDGER_ACTOR = { id: 'system', role: 'system' } as const;

interface InboxRow extends WaitingEvent {
  envelope: EventEnvelope;
}

interface BuiltEntry {
  index: number;
  event: EventEnvelope;
  leaf: Buffer;
  leafHash: Buffer;
  salt: Buffer;
  document: unknown;
}

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
  const size = await lockHead(manager, origin);
  const progress = await integratedThrough(manager);
  const batch = nextBatch(await waitingEvents(manager, limit), progress, limit);
  if (batch.length === 0) return { appended: 0, size };
  const entries = await buildEntries(manager, origin, size, batch, clock.now());
  await insertEntries(manager, entries);
  await advanceChains(manager, entries);
  await advanceSources(manager, batch, progress);
  const tiles = await tilesAfterAppend(
    size,
    entries.map((entry) => entry.leafHash),
    tileReader(manager),
  );
  await insertTiles(manager, tiles);
  const newSize = size + entries.length;
  const rootHash = await treeRoot(newSize, tileReader(manager, stageTiles(tiles)));
  const note = signNote(formatCheckpoint({ origin, size: newSize, rootHash }), keys.signers);
  await manager.query('INSERT INTO audit.checkpoints (size, root_hash, note) VALUES ($1, $2, $3)', [newSize, rootHash, note]);
  await manager.query('UPDATE audit.log_head SET size = $2, updated_at = now() WHERE origin = $1', [origin, newSize]);
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

async function lockHead(manager: EntityManager, origin: string): Promise<number> {
  await manager.query('INSERT INTO audit.log_head (origin, size) VALUES ($1, 0) ON CONFLICT DO NOTHING', [origin]);
  const [head] = (await manager.query('SELECT size FROM audit.log_head WHERE origin = $1 FOR UPDATE', [origin])) as { size: string }[];
  return Number(head?.size ?? 0);
}

async function integratedThrough(manager: EntityManager): Promise<Map<string, number>> {
  const rows = (await manager.query('SELECT source, integrated_through FROM audit.source_progress')) as {
    source: string;
    integrated_through: string;
  }[];
  return new Map(rows.map((row) => [row.source, Number(row.integrated_through)]));
}

/**
 * Each source's waiting events in sequence order, at most `limit` per source. The scan of each
 * source starts past what the log already holds: appended events are deleted from the inbox,
 * and starting after them keeps the index scan off their dead entries until vacuum clears them.
 */
async function waitingEvents(manager: EntityManager, limit: number): Promise<Map<string, InboxRow[]>> {
  const rows = (await manager.query(
    `SELECT w.arrival, w.source, w.source_sequence, w.envelope
       FROM audit.source_progress p
       CROSS JOIN LATERAL (
         SELECT arrival, source, source_sequence, envelope FROM audit.inbox i
          WHERE i.source = p.source AND i.source_sequence > p.integrated_through
          ORDER BY source_sequence LIMIT $1) w
      ORDER BY w.source, w.source_sequence`,
    [limit],
  )) as { arrival: string; source: string; source_sequence: string; envelope: EventEnvelope }[];
  const bySource = new Map<string, InboxRow[]>();
  for (const row of rows) {
    const list = bySource.get(row.source) ?? [];
    list.push({ arrival: Number(row.arrival), source: row.source, sequence: Number(row.source_sequence), envelope: row.envelope });
    bySource.set(row.source, list);
  }
  return bySource;
}

async function buildEntries(
  manager: EntityManager,
  origin: string,
  size: number,
  batch: readonly InboxRow[],
  now: Date,
): Promise<BuiltEntry[]> {
  const tips = await chainTips(manager, batch);
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

async function chainTips(manager: EntityManager, batch: readonly InboxRow[]): Promise<Map<string, Buffer>> {
  const ids = [...new Set(batch.map((row) => row.envelope.aggregateId).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = (await manager.query('SELECT request_id, last_leaf_hash FROM audit.request_chains WHERE request_id = ANY($1::uuid[])', [
    ids,
  ])) as { request_id: string; last_leaf_hash: Buffer }[];
  return new Map(rows.map((row) => [row.request_id, row.last_leaf_hash]));
}

/**
 * Entries and payloads go to Postgres as one JSON document each, unpacked by the server: far
 * cheaper than array parameters, which the driver escapes element by element.
 */
async function insertEntries(manager: EntityManager, entries: readonly BuiltEntry[]): Promise<void> {
  const rows = entries.map((e) => [
    e.index,
    e.event.id,
    e.leaf.toString('utf8'),
    e.leafHash.toString('hex'),
    e.event.type,
    e.event.source,
    e.event.sequence,
    e.event.aggregateId,
    e.event.actor.id,
    e.event.actor.role,
    e.event.actor.agencyBin ?? null,
    e.event.occurredAt,
  ]);
  await manager.query(
    `INSERT INTO audit.entries (index, event_id, leaf, leaf_hash, event_type, source, source_sequence, request_id,
                                actor_id, actor_role, agency_bin, occurred_at)
     SELECT (r->>0)::bigint, (r->>1)::uuid, convert_to(r->>2, 'UTF8'), decode(r->>3, 'hex'), r->>4, r->>5, (r->>6)::bigint,
            (r->>7)::uuid, r->>8, r->>9, r->>10, (r->>11)::timestamptz
       FROM jsonb_array_elements($1::jsonb) r`,
    [JSON.stringify(rows)],
  );
  await manager.query(
    `INSERT INTO audit.payloads (index, salt, document)
     SELECT (r->>0)::bigint, decode(r->>1, 'hex'), r->2 FROM jsonb_array_elements($1::jsonb) r`,
    [JSON.stringify(entries.map((e) => [e.index, e.salt.toString('hex'), e.document]))],
  );
}

/** Moves each request's chain tip, and remembers its registration number and agency once known. */
async function advanceChains(manager: EntityManager, entries: readonly BuiltEntry[]): Promise<void> {
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
  if (latest.size === 0) return;
  const ids = [...latest.keys()];
  await manager.query(
    `INSERT INTO audit.request_chains (request_id, registration_number, agency_bin, last_index, last_leaf_hash)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::bytea[])
     ON CONFLICT (request_id) DO UPDATE SET
       last_index = excluded.last_index, last_leaf_hash = excluded.last_leaf_hash,
       registration_number = coalesce(excluded.registration_number, audit.request_chains.registration_number),
       agency_bin = coalesce(excluded.agency_bin, audit.request_chains.agency_bin)`,
    [
      ids,
      ids.map((id) => registration.get(id)?.number ?? null),
      ids.map((id) => registration.get(id)?.agency ?? null),
      ids.map((id) => latest.get(id)!.index),
      ids.map((id) => latest.get(id)!.leafHash),
    ],
  );
}

/**
 * Records each source's new high-water mark and forgets its appended events from the inbox. The
 * delete is bounded below by the previous mark for the reason `waitingEvents` starts there: a
 * range open at the bottom walks every dead index entry of earlier batches (90 ms a batch with
 * 200,000 events waiting, seen in the statement log), bounded it touches only this batch's rows.
 */
async function advanceSources(manager: EntityManager, batch: readonly InboxRow[], before: ReadonlyMap<string, number>): Promise<void> {
  const through = new Map<string, number>();
  for (const row of batch) through.set(row.source, Math.max(through.get(row.source) ?? 0, row.sequence));
  for (const [source, sequence] of through) {
    await manager.query(
      `INSERT INTO audit.source_progress (source, integrated_through) VALUES ($1, $2)
       ON CONFLICT (source) DO UPDATE SET integrated_through = excluded.integrated_through`,
      [source, sequence],
    );
    await manager.query('DELETE FROM audit.inbox WHERE source = $1 AND source_sequence > $2 AND source_sequence <= $3', [
      source,
      before.get(source) ?? 0,
      sequence,
    ]);
  }
}
