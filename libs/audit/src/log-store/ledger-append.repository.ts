import { EntityManager } from 'typeorm';
import { EventEnvelope } from '@qaztech/contracts';
import { preparedQuery } from '@qaztech/platform';
import { TileId } from '../log';

/** An event waiting in the inbox, as the appender takes it. */
export interface WaitingRow {
  arrival: number;
  source: string;
  sequence: number;
  envelope: EventEnvelope;
}

/** An entry ready to be stored: its leaf, hash, salt and erasable document. */
export interface StoredEntry {
  index: number;
  event: EventEnvelope;
  leaf: Buffer;
  leafHash: Buffer;
  salt: Buffer;
  document: unknown;
}

/** A request's newest entry in this batch, and what the batch learnt about the request. */
export interface ChainTip {
  requestId: string;
  registrationNumber: string | null;
  agencyBin: string | null;
  lastIndex: number;
  lastLeafHash: Buffer;
}

/**
 * Every statement of an append, in the appender's transaction. Appending is the ledger's hot
 * path (thousands of events a second), so each statement is a named prepared statement: parsed
 * and planned once per connection.
 */
export class LedgerAppendRepository {
  /** The log's size, locked until the batch commits: a second appender waits here rather than fork the tree. */
  async lockHead(manager: EntityManager, origin: string): Promise<number> {
    await preparedQuery(manager, 'audit.head_ensure', 'INSERT INTO audit.log_head (origin, size) VALUES ($1, 0) ON CONFLICT DO NOTHING', [
      origin,
    ]);
    const [head] = await preparedQuery<{ size: string }>(
      manager,
      'audit.head_lock',
      'SELECT size FROM audit.log_head WHERE origin = $1 FOR UPDATE',
      [origin],
    );
    return Number(head?.size ?? 0);
  }

  async integratedThrough(manager: EntityManager): Promise<Map<string, number>> {
    const rows = await preparedQuery<{ source: string; integrated_through: string }>(
      manager,
      'audit.integrated_through',
      'SELECT source, integrated_through FROM audit.source_progress',
      [],
    );
    return new Map(rows.map((row) => [row.source, Number(row.integrated_through)]));
  }

  /**
   * Each source's waiting events in sequence order, at most `limit` per source. The scan of each
   * source starts past what the log already holds: appended events are deleted from the inbox,
   * and starting after them keeps the index scan off their dead entries until vacuum clears them.
   */
  async waitingEvents(manager: EntityManager, limit: number): Promise<WaitingRow[]> {
    const rows = await preparedQuery<{ arrival: string; source: string; source_sequence: string; envelope: EventEnvelope }>(
      manager,
      'audit.waiting_events',
      `SELECT w.arrival, w.source, w.source_sequence, w.envelope
         FROM audit.source_progress p
         CROSS JOIN LATERAL (
           SELECT arrival, source, source_sequence, envelope FROM audit.inbox i
            WHERE i.source = p.source AND i.source_sequence > p.integrated_through
            ORDER BY source_sequence LIMIT $1) w
        ORDER BY w.source, w.source_sequence`,
      [limit],
    );
    return rows.map((row) => ({
      arrival: Number(row.arrival),
      source: row.source,
      sequence: Number(row.source_sequence),
      envelope: row.envelope,
    }));
  }

  /** The newest leaf hash of each of these requests' chains. */
  async chainTips(manager: EntityManager, requestIds: readonly string[]): Promise<Map<string, Buffer>> {
    if (requestIds.length === 0) return new Map();
    const rows = await preparedQuery<{ request_id: string; last_leaf_hash: Buffer }>(
      manager,
      'audit.chain_tips',
      'SELECT request_id, last_leaf_hash FROM audit.request_chains WHERE request_id = ANY($1::uuid[])',
      [requestIds],
    );
    return new Map(rows.map((row) => [row.request_id, row.last_leaf_hash]));
  }

  /**
   * Entries and payloads go to Postgres as one JSON document each, unpacked by the server: far
   * cheaper than array parameters, which the driver escapes element by element.
   */
  async insertEntries(manager: EntityManager, entries: readonly StoredEntry[]): Promise<void> {
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
    await preparedQuery(
      manager,
      'audit.insert_entries',
      `INSERT INTO audit.entries (index, event_id, leaf, leaf_hash, event_type, source, source_sequence, request_id,
                                  actor_id, actor_role, agency_bin, occurred_at)
       SELECT (r->>0)::bigint, (r->>1)::uuid, convert_to(r->>2, 'UTF8'), decode(r->>3, 'hex'), r->>4, r->>5, (r->>6)::bigint,
              (r->>7)::uuid, r->>8, r->>9, r->>10, (r->>11)::timestamptz
         FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(rows)],
    );
    await preparedQuery(
      manager,
      'audit.insert_payloads',
      `INSERT INTO audit.payloads (index, salt, document)
       SELECT (r->>0)::bigint, decode(r->>1, 'hex'), r->2 FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(entries.map((e) => [e.index, e.salt.toString('hex'), e.document]))],
    );
  }

  /** Moves each request's chain tip, and keeps its registration number and agency once known. */
  async advanceChains(manager: EntityManager, tips: readonly ChainTip[]): Promise<void> {
    if (tips.length === 0) return;
    await preparedQuery(
      manager,
      'audit.advance_chains',
      `INSERT INTO audit.request_chains (request_id, registration_number, agency_bin, last_index, last_leaf_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::bytea[])
       ON CONFLICT (request_id) DO UPDATE SET
         last_index = excluded.last_index, last_leaf_hash = excluded.last_leaf_hash,
         registration_number = coalesce(excluded.registration_number, audit.request_chains.registration_number),
         agency_bin = coalesce(excluded.agency_bin, audit.request_chains.agency_bin)`,
      [
        tips.map((tip) => tip.requestId),
        tips.map((tip) => tip.registrationNumber),
        tips.map((tip) => tip.agencyBin),
        tips.map((tip) => tip.lastIndex),
        tips.map((tip) => tip.lastLeafHash),
      ],
    );
  }

  /**
   * Records a source's new high-water mark and forgets its appended events from the inbox. The
   * delete is bounded below by the previous mark for the reason `waitingEvents` starts there: a
   * range open at the bottom walks every dead index entry of earlier batches (90 ms a batch with
   * 200,000 events waiting, seen in the statement log), bounded it touches only this batch's rows.
   */
  async advanceSource(manager: EntityManager, source: string, before: number, through: number): Promise<void> {
    await preparedQuery(
      manager,
      'audit.advance_source',
      `INSERT INTO audit.source_progress (source, integrated_through) VALUES ($1, $2)
       ON CONFLICT (source) DO UPDATE SET integrated_through = excluded.integrated_through`,
      [source, through],
    );
    await preparedQuery(
      manager,
      'audit.forget_appended',
      'DELETE FROM audit.inbox WHERE source = $1 AND source_sequence > $2 AND source_sequence <= $3',
      [source, before, through],
    );
  }

  async insertTiles(manager: EntityManager, tiles: readonly { tile: TileId; data: Buffer }[]): Promise<void> {
    if (tiles.length === 0) return;
    await preparedQuery(
      manager,
      'audit.insert_tiles',
      `INSERT INTO audit.tiles (level, index, width, hashes)
       SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::smallint[], $4::bytea[])`,
      [tiles.map((t) => t.tile.level), tiles.map((t) => t.tile.index), tiles.map((t) => t.tile.width), tiles.map((t) => t.data)],
    );
  }

  /** The signed checkpoint of the new size, and the head moved to it. */
  async recordCheckpoint(
    manager: EntityManager,
    origin: string,
    checkpoint: { size: number; rootHash: Buffer; note: string },
  ): Promise<void> {
    await preparedQuery(manager, 'audit.insert_checkpoint', 'INSERT INTO audit.checkpoints (size, root_hash, note) VALUES ($1, $2, $3)', [
      checkpoint.size,
      checkpoint.rootHash,
      checkpoint.note,
    ]);
    await preparedQuery(manager, 'audit.move_head', 'UPDATE audit.log_head SET size = $2, updated_at = now() WHERE origin = $1', [
      origin,
      checkpoint.size,
    ]);
  }
}
