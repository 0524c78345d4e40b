import { TileId } from '../log';

const keyOf = (tile: TileId): string => `${tile.level}/${tile.index}/${tile.width}`;

/**
 * Tiles are immutable once written (a tile at a given width never changes), so serving proofs
 * may keep them in memory: most proofs then read nothing from the database. Least recently
 * used tiles go first. Verification never reads through this cache: it checks what is stored.
 */
export class TileCache {
  private readonly tiles = new Map<string, Buffer>();

  constructor(private readonly maxTiles = 2_048) {}

  get(tile: TileId): Buffer | undefined {
    const key = keyOf(tile);
    const data = this.tiles.get(key);
    if (data) {
      this.tiles.delete(key);
      this.tiles.set(key, data);
    }
    return data;
  }

  set(tile: TileId, data: Buffer): void {
    const key = keyOf(tile);
    this.tiles.delete(key);
    this.tiles.set(key, data);
    if (this.tiles.size > this.maxTiles) this.tiles.delete(this.tiles.keys().next().value!);
  }
}
