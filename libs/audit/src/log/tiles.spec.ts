import { leafHash } from './merkle';
import { MemoryTileStore, testLeaves } from './tile-test-support';
import { decodeEntryBundle, encodeEntryBundle, entryBundlePath, parseTilePath, perfectRoot, tilePath, tilesAfterAppend } from './tiles';

describe('tile paths (C2SP tlog-tiles)', () => {
  it.each([
    [{ level: 0, index: 0, width: 256 }, 'tile/0/000'],
    [{ level: 0, index: 1, width: 1 }, 'tile/0/001.p/1'],
    [{ level: 1, index: 999, width: 256 }, 'tile/1/999'],
    [{ level: 2, index: 1000, width: 255 }, 'tile/2/x001/000.p/255'],
    [{ level: 0, index: 1234067, width: 256 }, 'tile/0/x001/x234/067'],
    [{ level: 63, index: 12, width: 7 }, 'tile/63/012.p/7'],
  ])('writes %o as %s and reads it back', (tile, path) => {
    expect(tilePath(tile)).toBe(path);
    expect(parseTilePath(path)).toEqual({ kind: 'hashes', ...tile });
  });

  it('writes entry bundle paths', () => {
    expect(entryBundlePath(1234067, 256)).toBe('tile/entries/x001/x234/067');
    expect(entryBundlePath(5, 3)).toBe('tile/entries/005.p/3');
    expect(parseTilePath('tile/entries/x001/x234/067')).toEqual({ kind: 'entries', index: 1234067, width: 256 });
    expect(parseTilePath('tile/entries/005.p/3')).toEqual({ kind: 'entries', index: 5, width: 3 });
  });

  it.each([
    'tile/0/1',
    'tile/0/0001',
    'tile/0/x000/001',
    'tile/0/001/002',
    'tile/0/x1/001',
    'tile/01/001',
    'tile/64/001',
    'tile/0/001.p/0',
    'tile/0/001.p/256',
    'tile/0/001.p/01',
    'tile/0/001.p/',
    'tile/0/001.p',
    'tile/-1/001',
    'tiles/0/001',
    '/tile/0/001',
    'tile/0/001/',
    'tile/entries/001.p/300',
    'tile/0/x001/x234/067/',
  ])('rejects the malformed or non-canonical path %s', (path) => {
    expect(parseTilePath(path)).toBeUndefined();
  });

  it('refuses impossible tiles', () => {
    expect(() => tilePath({ level: 0, index: 0, width: 0 })).toThrow(RangeError);
    expect(() => tilePath({ level: 0, index: 0, width: 257 })).toThrow(RangeError);
    expect(() => tilePath({ level: 0, index: -1, width: 1 })).toThrow(RangeError);
    expect(() => tilePath({ level: 64, index: 0, width: 1 })).toThrow(RangeError);
  });
});

describe('entry bundles', () => {
  it('round-trips entries, including empty ones', () => {
    const entries = [Buffer.from('a'), Buffer.alloc(0), Buffer.alloc(70_000 % 65_536, 7)];
    const bundle = encodeEntryBundle(entries);
    expect(bundle.subarray(0, 3)).toEqual(Buffer.from([0, 1, 0x61]));
    expect(decodeEntryBundle(bundle)).toEqual(entries);
  });

  it('rejects truncated bundles and oversized entries', () => {
    const bundle = encodeEntryBundle([Buffer.from('abc')]);
    expect(() => decodeEntryBundle(bundle.subarray(0, 4))).toThrow();
    expect(() => decodeEntryBundle(bundle.subarray(0, 1))).toThrow();
    expect(() => encodeEntryBundle([Buffer.alloc(65_536)])).toThrow(RangeError);
  });
});

describe('tilesAfterAppend', () => {
  it('fills the level-0 tile and raises a level-1 hash when a tile completes', async () => {
    const store = new MemoryTileStore();
    const leaves = testLeaves(257);
    await store.append(leaves.slice(0, 3));
    expect([...store.tiles.keys()]).toEqual(['tile/0/000.p/3']);
    const changed = await tilesAfterAppend(3, leaves.slice(3), store.reader(3));
    expect(changed.map(({ tile }) => tilePath(tile))).toEqual(['tile/0/000', 'tile/0/001.p/1', 'tile/1/000.p/1']);
    expect(changed[0]!.data).toEqual(Buffer.concat(leaves.slice(0, 256)));
    expect(changed[2]!.data).toEqual(perfectRoot(leaves.slice(0, 256)));
  });

  it('returns nothing for an empty append', async () => {
    const store = new MemoryTileStore();
    await store.append(testLeaves(5));
    expect(await tilesAfterAppend(5, [], store.reader())).toEqual([]);
  });

  it('gives the same tiles whatever the batching', async () => {
    const leaves = testLeaves(700).concat([leafHash(Buffer.from('last'))]);
    const oneByOne = new MemoryTileStore();
    for (const leaf of leaves) await oneByOne.append([leaf]);
    const batched = new MemoryTileStore();
    for (const batch of [300, 1, 255, 145]) await batched.append(leaves.slice(batched.size, batched.size + batch));
    for (const [path, data] of batched.tiles) expect(oneByOne.tiles.get(path)).toEqual(data);
  });

  it('checks the width of the tiles it reads', async () => {
    await expect(tilesAfterAppend(3, testLeaves(1), async () => Buffer.alloc(64))).rejects.toThrow(/96/);
  });
});
