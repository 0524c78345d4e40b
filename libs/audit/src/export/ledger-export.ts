import { EntityManager } from 'typeorm';
import { Clock, preparedQuery, systemClock } from '@qaztech/platform';
import { EXPORT_FORMAT, ExportEntry, ExportRecord, leftEdge } from '../log';
import { tileReader } from '../log-store/tile-store';

export interface ExportRange {
  /** Entries appended at or after this time; from the first entry when absent. */
  from?: Date;
  /** Entries appended before this time; up to the latest checkpoint when absent. */
  to?: Date;
}

const CHUNK = 1_000;

/**
 * The ledger, or the part of it appended within a time range, as the records the verifier
 * reads: a header, the left edge of the tree before the range (so checkpoint roots can be
 * recomputed from a partial export), the entries with their payloads, and every checkpoint
 * right after the entry that completes it. Streams in chunks: memory stays flat for any size.
 */
export async function* exportLedger(
  manager: EntityManager,
  origin: string,
  range: ExportRange = {},
  clock: Clock = systemClock,
): AsyncGenerator<ExportRecord> {
  const { fromIndex, toIndex } = await indexRange(manager, range);
  yield { kind: 'header', format: EXPORT_FORMAT, origin, fromIndex, toIndex, exportedAt: clock.now().toISOString() };
  if (fromIndex > 0) {
    // The tiles of the export's end exist (it is a checkpoint size); those of its start may not.
    const hashes = await leftEdge(fromIndex, tileReader(manager), toIndex);
    yield { kind: 'leftEdge', size: fromIndex, hashes: hashes.map((hash: Buffer) => hash.toString('hex')) };
  }
  const checkpoints = checkpointsBetween(manager, fromIndex, toIndex);
  let pending = await checkpoints.next();
  for (let start = fromIndex; start < toIndex; start += CHUNK) {
    for (const entry of await entries(manager, start, Math.min(toIndex, start + CHUNK))) {
      yield entry;
      while (!pending.done && pending.value.size <= entry.index + 1) {
        yield { kind: 'checkpoint', note: pending.value.note };
        pending = await checkpoints.next();
      }
    }
  }
  for (; !pending.done; pending = await checkpoints.next()) yield { kind: 'checkpoint', note: pending.value.note };
}

async function indexRange(manager: EntityManager, range: ExportRange): Promise<{ fromIndex: number; toIndex: number }> {
  const [row] = await preparedQuery<{ latest_size: string; first_after: string | null; last_before: string | null }>(
    manager,
    'audit.export_range',
    `SELECT (SELECT coalesce(max(size), 0) FROM audit.checkpoints) AS latest_size,
            (SELECT min(index) FROM audit.entries WHERE integrated_at >= $1) AS first_after,
            (SELECT max(index) FROM audit.entries WHERE integrated_at < $2) AS last_before`,
    [range.from ?? new Date(0), range.to ?? new Date(8.64e15)],
  );
  const latest = Number(row?.latest_size ?? 0);
  // Only what a signed checkpoint covers is exported: the rest cannot be proved yet.
  const fromIndex = row?.first_after === null || row?.first_after === undefined ? latest : Number(row.first_after);
  const toIndex = row?.last_before === null || row?.last_before === undefined ? 0 : Math.min(latest, Number(row.last_before) + 1);
  return { fromIndex: Math.min(fromIndex, toIndex), toIndex };
}

async function entries(manager: EntityManager, start: number, end: number): Promise<ExportEntry[]> {
  const rows = await preparedQuery<{ index: string; leaf: Buffer; leaf_hash: Buffer; salt: Buffer | null; document: unknown }>(
    manager,
    'audit.export_entries',
    `SELECT e.index, e.leaf, e.leaf_hash, p.salt, p.document FROM audit.entries e LEFT JOIN audit.payloads p ON p.index = e.index
      WHERE e.index >= $1 AND e.index < $2 ORDER BY e.index`,
    [start, end],
  );
  return rows.map((row) => ({
    kind: 'entry' as const,
    index: Number(row.index),
    leaf: row.leaf.toString('base64'),
    payload: row.document ?? null,
    salt: row.salt?.toString('base64') ?? null,
    leafHash: row.leaf_hash.toString('hex'),
  }));
}

/** Checkpoints whose size lies in (fromIndex, toIndex], oldest first, fetched in chunks. */
async function* checkpointsBetween(
  manager: EntityManager,
  fromIndex: number,
  toIndex: number,
): AsyncGenerator<{ size: number; note: string }> {
  let afterId = 0;
  for (;;) {
    const rows = await preparedQuery<{ id: string; size: string; note: string }>(
      manager,
      'audit.export_checkpoints',
      `SELECT id, size, note FROM audit.checkpoints WHERE size > $1 AND size <= $2 AND id > $3 ORDER BY id LIMIT $4`,
      [fromIndex, toIndex, afterId, CHUNK],
    );
    for (const row of rows) yield { size: Number(row.size), note: row.note };
    if (rows.length < CHUNK) return;
    afterId = Number(rows.at(-1)!.id);
  }
}
