import { EntityManager } from 'typeorm';
import { preparedQuery } from '@qaztech/platform';
import { HASH_SIZE, TileId, TileReader } from '../log';
import { TileCache } from './tile-cache';

const keyOf = (tile: TileId): string => `${tile.level}/${tile.index}/${tile.width}`;

export class TileNotFoundError extends Error {
  constructor(tile: TileId) {
    super(`tile ${keyOf(tile)} is not stored`);
    this.name = 'TileNotFoundError';
  }
}

/** Reads stored tiles through `manager`; `pending` are tiles written in the same transaction. */
export function tileReader(manager: EntityManager, pending: ReadonlyMap<string, Buffer> = new Map()): TileReader {
  return async (tile) => {
    const staged = pending.get(keyOf(tile));
    if (staged) return staged;
    return readStoredTile(manager, tile);
  };
}

/** Reads tiles through `cache`, for serving proofs and tiles; never for verification. */
export function cachedTileReader(manager: EntityManager, cache: TileCache): TileReader {
  return async (tile) => {
    const cached = cache.get(tile);
    if (cached) return cached;
    const data = await readStoredTile(manager, tile);
    cache.set(tile, data);
    return data;
  };
}

/**
 * Every tile a proof computation reads. Which tiles a proof reads depends only on the index and
 * sizes, never on the hashes, so running it once on blank tiles lists them without a read.
 */
export async function tilesRead(compute: (reader: TileReader) => Promise<unknown>): Promise<TileId[]> {
  const needed: TileId[] = [];
  await compute(async (tile) => {
    needed.push(tile);
    return Buffer.alloc(tile.width * HASH_SIZE);
  });
  return needed;
}

/** Puts the tiles `cache` lacks into it, in one query: a proof then costs one round trip, not one per tile. */
export async function prefetchTiles(manager: EntityManager, cache: TileCache, tiles: readonly TileId[]): Promise<void> {
  const missing = tiles.filter((tile) => !cache.get(tile));
  if (missing.length === 0) return;
  const rows = await preparedQuery<{ level: number; index: string; width: number; hashes: Buffer }>(
    manager,
    'audit.tiles_wanted',
    `SELECT t.level, t.index, t.width, t.hashes FROM audit.tiles t
       JOIN unnest($1::smallint[], $2::bigint[], $3::smallint[]) AS wanted(level, index, width) USING (level, index, width)`,
    [missing.map((tile) => tile.level), missing.map((tile) => tile.index), missing.map((tile) => tile.width)],
  );
  for (const row of rows) cache.set({ level: row.level, index: Number(row.index), width: row.width }, row.hashes);
}

async function readStoredTile(manager: EntityManager, tile: TileId): Promise<Buffer> {
  const [row] = await preparedQuery<{ hashes: Buffer }>(
    manager,
    'audit.tile',
    'SELECT hashes FROM audit.tiles WHERE level = $1 AND index = $2 AND width = $3',
    [tile.level, tile.index, tile.width],
  );
  if (!row) throw new TileNotFoundError(tile);
  return row.hashes;
}

export function stageTiles(tiles: readonly { tile: TileId; data: Buffer }[]): Map<string, Buffer> {
  return new Map(tiles.map(({ tile, data }) => [keyOf(tile), data]));
}
