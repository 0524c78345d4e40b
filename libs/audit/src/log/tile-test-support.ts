import { leafHash } from './merkle';
import { hashesAtLevel, TILE_WIDTH, tilePath, TileId, TileReader, tilesAfterAppend } from './tiles';

/** An in-memory tile store for tests: keeps every tile ever written, keyed by its path. */
export class MemoryTileStore {
  readonly tiles = new Map<string, Buffer>();
  size = 0;
  reads = 0;

  async append(leafHashes: Buffer[]): Promise<void> {
    const changed = await tilesAfterAppend(this.size, leafHashes, this.reader());
    for (const { tile, data } of changed) this.tiles.set(tilePath(tile), data);
    this.size += leafHashes.length;
  }

  /** A reader that fails on any tile that does not exist, at that width, in a tree of `size`. */
  reader(size = this.size): TileReader {
    return async (tile: TileId) => {
      this.reads += 1;
      const expected = Math.min(TILE_WIDTH, hashesAtLevel(size, tile.level) - tile.index * TILE_WIDTH);
      if (tile.width !== expected) throw new Error(`asked for ${tilePath(tile)}, which does not exist at size ${size}`);
      const data = this.tiles.get(tilePath(tile));
      if (!data) throw new Error(`${tilePath(tile)} was never written`);
      return data;
    };
  }
}

/** Deterministic distinct leaf hashes. */
export function testLeaves(count: number, salt = ''): Buffer[] {
  return Array.from({ length: count }, (_, index) => leafHash(Buffer.from(`${salt}leaf ${index}`)));
}
