import { emptyRoot, HASH_SIZE, nodeHash, splitPoint } from './merkle';
import { readTileChecked, TILE_HEIGHT, TILE_WIDTH, tileHolding, TileId, TileReader } from './tiles';

/**
 * Roots and proofs read from tlog tiles. Every hash a proof needs is either stored at a level
 * 8L, or is the root of at most 128 stored hashes of one tile, so a proof reads about two tiles
 * per 8 tree levels, and only tiles that exist at the tree size asked about.
 */

/**
 * Remembers subtree hashes computed from tiles, keyed by the leaf range they cover. The leaves of
 * a range never change once appended, so one cache may serve every call and tree size of one
 * log (never two logs). It forgets everything once it holds `maxHashes`, which bounds memory
 * without bookkeeping.
 */
export class TileHashCache {
  private readonly hashes = new Map<string, Buffer>();

  constructor(private readonly maxHashes = 100_000) {}

  get(start: number, end: number): Buffer | undefined {
    return this.hashes.get(`${start}:${end}`);
  }

  set(start: number, end: number, hash: Buffer): void {
    if (this.hashes.size >= this.maxHashes) this.hashes.clear();
    this.hashes.set(`${start}:${end}`, hash);
  }
}

/** The hashes of one tree size, fetched through a tile reader. */
class TiledTree {
  private readonly reads = new Map<string, Promise<Buffer>>();

  constructor(
    readonly size: number,
    private readonly readTile: TileReader,
    private readonly cache: TileHashCache,
  ) {}

  /** MTH of leaves [start, end), for the ranges RFC 6962's recursion produces. */
  async range(start: number, end: number): Promise<Buffer> {
    const width = end - start;
    if (width === 0) return emptyRoot();
    let hash = this.cache.get(start, end);
    if (hash) return hash;
    const height = Math.log2(width);
    if (Number.isInteger(height) && start % width === 0) {
      hash = await this.node(height, start / width);
    } else {
      const k = splitPoint(width);
      hash = nodeHash(await this.range(start, start + k), await this.range(start + k, end));
    }
    this.cache.set(start, end, hash);
    return hash;
  }

  /** The hash of the perfect subtree of height h whose leftmost leaf is i·2^h. */
  private async node(height: number, index: number): Promise<Buffer> {
    const level = Math.floor(height / TILE_HEIGHT);
    const depth = height % TILE_HEIGHT;
    const first = index * 2 ** depth;
    const tile = tileHolding(level, first, this.size);
    const data = await this.read(tile);
    return this.interior(data, depth, first - tile.index * TILE_WIDTH);
  }

  /** Root of the 2^depth tile hashes starting at `offset`. */
  private interior(data: Buffer, depth: number, offset: number): Buffer {
    if (depth === 0) return data.subarray(offset * HASH_SIZE, (offset + 1) * HASH_SIZE);
    const half = 2 ** (depth - 1);
    return nodeHash(this.interior(data, depth - 1, offset), this.interior(data, depth - 1, offset + half));
  }

  private read(tile: TileId): Promise<Buffer> {
    const key = `${tile.level}/${tile.index}`;
    let pending = this.reads.get(key);
    if (!pending) {
      pending = readTileChecked(this.readTile, tile);
      this.reads.set(key, pending);
    }
    return pending;
  }
}

function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`tree size ${size} is out of range`);
}

/** MTH of the first `size` leaves. */
export async function treeRoot(size: number, readTile: TileReader, cache = new TileHashCache()): Promise<Buffer> {
  checkSize(size);
  return new TiledTree(size, readTile, cache).range(0, size);
}

/** PATH(index, D[size]) (RFC 6962 §2.1.1). */
export async function inclusionProof(index: number, size: number, readTile: TileReader, cache = new TileHashCache()): Promise<Buffer[]> {
  checkSize(size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`index ${index} is outside a tree of size ${size}`);
  const tree = new TiledTree(size, readTile, cache);
  const proof: Buffer[] = [];
  let start = 0;
  let end = size;
  // Walk down from the root; siblings are collected top-down, and the proof lists them bottom-up.
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      proof.push(await tree.range(start + k, end));
      end = start + k;
    } else {
      proof.push(await tree.range(start, start + k));
      start += k;
    }
  }
  return proof.reverse();
}

/** PROOF(m, D[n]) (RFC 6962 §2.1.2); empty when m is 0 or n. */
export async function consistencyProof(m: number, n: number, readTile: TileReader, cache = new TileHashCache()): Promise<Buffer[]> {
  checkSize(n);
  if (!Number.isSafeInteger(m) || m < 0 || m > n) throw new RangeError(`size ${m} is outside a tree of size ${n}`);
  if (m === 0 || m === n) return [];
  const tree = new TiledTree(n, readTile, cache);
  const proof: Buffer[] = [];
  let start = 0;
  let end = n;
  let complete = true;
  while (m !== end - start) {
    const k = splitPoint(end - start);
    if (m <= k) {
      proof.push(await tree.range(start + k, end));
      end = start + k;
    } else {
      proof.push(await tree.range(start, start + k));
      m -= k;
      start += k;
      complete = false;
    }
  }
  if (!complete) proof.push(await tree.range(start, end));
  return proof.reverse();
}

/**
 * The complete-subtree hashes of the tree of `size` leaves, largest first: the left edge a range
 * export starting at `size` carries. Those subtrees are complete in every larger tree too, so
 * they are read from the tiles of `atSize` (a size the log has reached, at least `size`), and the
 * range may start anywhere, not only where an append ended.
 */
export async function leftEdge(size: number, readTile: TileReader, atSize = size, cache = new TileHashCache()): Promise<Buffer[]> {
  checkSize(size);
  checkSize(atSize);
  if (atSize < size) throw new RangeError(`the tiles of size ${atSize} do not cover a tree of size ${size}`);
  const tree = new TiledTree(atSize, readTile, cache);
  const hashes: Buffer[] = [];
  let start = 0;
  for (let width = 2 ** Math.floor(Math.log2(Math.max(size, 1))); width >= 1; width /= 2) {
    if (start + width > size) continue;
    hashes.push(await tree.range(start, start + width));
    start += width;
  }
  return hashes;
}
