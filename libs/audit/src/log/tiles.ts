import { HASH_SIZE, nodeHash } from './merkle';

/**
 * C2SP tlog-tiles storage: the tree's hashes cut into tiles of height 8, so any proof needs a
 * handful of reads per 8 tree levels. A level-L tile holds the hashes found at tree level 8L.
 */

export const TILE_HEIGHT = 8;
export const TILE_WIDTH = 2 ** TILE_HEIGHT;
const MAX_LEVEL = 63;

/** A tile: `width` hashes (1..256) starting at hash `index * 256` of tree level `8 * level`. */
export type TileId = { level: number; index: number; width: number };

/** Returns a tile's stored contents: exactly `width * 32` bytes. */
export type TileReader = (tile: TileId) => Promise<Buffer>;

export type ParsedTilePath = ({ kind: 'hashes' } & TileId) | { kind: 'entries'; index: number; width: number };

/** `tile/<L>/<N>[.p/<W>]`. */
export function tilePath(tile: TileId): string {
  assertTile(tile);
  return `tile/${tile.level}/${encodeIndex(tile.index)}${widthSuffix(tile.width)}`;
}

/** `tile/entries/<N>[.p/<W>]`: bundle N holds entries 256N .. 256N + W - 1. */
export function entryBundlePath(index: number, width: number): string {
  assertTile({ level: 0, index, width });
  return `tile/entries/${encodeIndex(index)}${widthSuffix(width)}`;
}

/** Inverse of {@link tilePath} and {@link entryBundlePath}; undefined for anything but the one canonical spelling. */
export function parseTilePath(path: string): ParsedTilePath | undefined {
  const match = /^tile\/(entries|0|[1-9][0-9]?)\/((?:x[0-9]{3}\/)*[0-9]{3})(?:\.p\/([1-9][0-9]{0,2}))?$/.exec(path);
  if (!match) return undefined;
  const [, levelText = '', indexText = '', widthText] = match;
  if (indexText.startsWith('x000/')) return undefined;
  const index = Number(indexText.replace(/[x/]/g, ''));
  const width = widthText === undefined ? TILE_WIDTH : Number(widthText);
  if (!Number.isSafeInteger(index) || (widthText !== undefined && width >= TILE_WIDTH)) return undefined;
  if (levelText === 'entries') return { kind: 'entries', index, width };
  const level = Number(levelText);
  return level > MAX_LEVEL ? undefined : { kind: 'hashes', level, index, width };
}

// Groups of three digits keep directories small; all but the last group carry an "x" prefix so a
// file and a directory never share a name.
function encodeIndex(index: number): string {
  let digits = String(index);
  digits = digits.padStart(Math.ceil(digits.length / 3) * 3, '0');
  const groups = digits.match(/.{3}/g) ?? [];
  return groups.map((group, position) => (position < groups.length - 1 ? `x${group}` : group)).join('/');
}

function widthSuffix(width: number): string {
  return width === TILE_WIDTH ? '' : `.p/${width}`;
}

function assertTile({ level, index, width }: TileId): void {
  if (!Number.isInteger(level) || level < 0 || level > MAX_LEVEL) throw new RangeError(`tile level ${level} is out of range`);
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`tile index ${index} is out of range`);
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError(`tile width ${width} is out of range`);
}

/** Entries as big-endian uint16 length + bytes, back to back (the tlog-tiles entry bundle). */
export function encodeEntryBundle(entries: readonly Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    if (entry.length > 0xffff) throw new RangeError(`an entry of ${entry.length} bytes does not fit a bundle`);
    const length = Buffer.alloc(2);
    length.writeUInt16BE(entry.length);
    parts.push(length, Buffer.from(entry));
  }
  return Buffer.concat(parts);
}

export function decodeEntryBundle(bundle: Uint8Array): Buffer[] {
  const buffer = Buffer.from(bundle.buffer, bundle.byteOffset, bundle.byteLength);
  const entries: Buffer[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    if (offset + 2 > buffer.length) throw new Error('entry bundle ends inside a length prefix');
    const length = buffer.readUInt16BE(offset);
    if (offset + 2 + length > buffer.length) throw new Error('entry bundle ends inside an entry');
    entries.push(Buffer.from(buffer.subarray(offset + 2, offset + 2 + length)));
    offset += 2 + length;
  }
  return entries;
}

/** How many hashes tree level 8L holds in a tree of `size` leaves. */
export function hashesAtLevel(size: number, level: number): number {
  return Math.floor(size / TILE_WIDTH ** level);
}

/** The tile that holds hash `position` of level L, at the width it has in a tree of `size` leaves. */
export function tileHolding(level: number, position: number, size: number): TileId {
  const count = hashesAtLevel(size, level);
  const index = Math.floor(position / TILE_WIDTH);
  const width = Math.min(TILE_WIDTH, count - index * TILE_WIDTH);
  if (position >= count || width < 1) throw new RangeError(`hash ${position} of level ${level} does not exist at size ${size}`);
  return { level, index, width };
}

/** Root of a perfect subtree over `hashes` (a power-of-two count). */
export function perfectRoot(hashes: readonly Buffer[]): Buffer {
  let layer = hashes.slice();
  while (layer.length > 1) {
    const next: Buffer[] = [];
    for (let i = 0; i < layer.length; i += 2) next.push(nodeHash(layer[i]!, layer[i + 1]!));
    layer = next;
  }
  return layer[0]!;
}

export function splitHashes(data: Buffer): Buffer[] {
  const hashes: Buffer[] = [];
  for (let offset = 0; offset < data.length; offset += HASH_SIZE) hashes.push(data.subarray(offset, offset + HASH_SIZE));
  return hashes;
}

export async function readTileChecked(readTile: TileReader, tile: TileId): Promise<Buffer> {
  const data = await readTile(tile);
  if (data.length !== tile.width * HASH_SIZE) {
    throw new Error(`${tilePath(tile)} holds ${data.length} bytes instead of ${tile.width * HASH_SIZE}`);
  }
  return data;
}

/**
 * Every tile whose contents change when `newLeafHashes` are appended to a tree of `oldSize`
 * leaves, with its new contents. Partial tiles come back with their width, and the caller keeps
 * the older, narrower ones, because checkpoints at older sizes are proven from them.
 */
export async function tilesAfterAppend(
  oldSize: number,
  newLeafHashes: Buffer[],
  readTile: TileReader,
): Promise<{ tile: TileId; data: Buffer }[]> {
  if (!Number.isSafeInteger(oldSize) || oldSize < 0) throw new RangeError(`tree size ${oldSize} is out of range`);
  const changed: { tile: TileId; data: Buffer }[] = [];
  let added = newLeafHashes.slice();
  for (let level = 0; added.length > 0; level += 1) {
    const start = hashesAtLevel(oldSize, level);
    const tiles = await rewriteLevel(level, start, added, readTile);
    changed.push(...tiles);
    // Each tile this append filled up becomes one new hash on the level above.
    added = tiles.filter(({ tile }) => tile.width === TILE_WIDTH).map(({ data }) => perfectRoot(splitHashes(data)));
  }
  return changed;
}

async function rewriteLevel(
  level: number,
  start: number,
  added: Buffer[],
  readTile: TileReader,
): Promise<{ tile: TileId; data: Buffer }[]> {
  const keep = start % TILE_WIDTH;
  const firstIndex = Math.floor(start / TILE_WIDTH);
  const existing = keep === 0 ? [] : splitHashes(await readTileChecked(readTile, { level, index: firstIndex, width: keep }));
  const hashes = [...existing, ...added];
  const tiles: { tile: TileId; data: Buffer }[] = [];
  for (let offset = 0; offset < hashes.length; offset += TILE_WIDTH) {
    const slice = hashes.slice(offset, offset + TILE_WIDTH);
    tiles.push({ tile: { level, index: firstIndex + offset / TILE_WIDTH, width: slice.length }, data: Buffer.concat(slice) });
  }
  return tiles;
}
