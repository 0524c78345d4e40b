import { ReferenceTree, verifyConsistency, verifyInclusion } from './merkle';
import { MemoryTileStore, testLeaves } from './tile-test-support';
import { compactRange } from './frontier';
import { consistencyProof, inclusionProof, leftEdge, TileHashCache, treeRoot } from './tile-proofs';

function same(actual: Buffer[], expected: Buffer[]): boolean {
  return actual.length === expected.length && actual.every((hash, index) => hash.equals(expected[index]!));
}

describe('tile-backed proofs', () => {
  const leaves = testLeaves(300);
  const reference = new ReferenceTree(leaves);
  const store = new MemoryTileStore();

  beforeAll(async () => {
    // One leaf at a time, so every tree size has had its own partial tiles written.
    for (const leaf of leaves) await store.append([leaf]);
  });

  it('matches the reference root, every inclusion proof and every consistency proof for sizes 1..300', async () => {
    const cache = new TileHashCache();
    const mismatches: string[] = [];
    for (let size = 1; size <= leaves.length; size += 1) {
      const read = store.reader(size);
      const root = await treeRoot(size, read, cache);
      if (!root.equals(reference.root(0, size))) mismatches.push(`root ${size}`);
      for (let index = 0; index < size; index += 1) {
        const proof = await inclusionProof(index, size, read, cache);
        if (!same(proof, reference.inclusionProof(index, size))) mismatches.push(`inclusion ${index}/${size}`);
        else if (!verifyInclusion(index, size, leaves[index]!, proof, root)) mismatches.push(`verify inclusion ${index}/${size}`);
      }
      for (let m = 0; m <= size; m += 1) {
        const proof = await consistencyProof(m, size, read, cache);
        if (!same(proof, reference.consistencyProof(m, size))) mismatches.push(`consistency ${m}->${size}`);
        else if (!verifyConsistency(m, size, proof, reference.root(0, m), root)) mismatches.push(`verify consistency ${m}->${size}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads the left edge of every size from tiles', async () => {
    const cache = new TileHashCache();
    for (let size = 0; size <= leaves.length; size += 1) {
      const expected = compactRange(leaves.slice(0, size)).hashes();
      expect(await leftEdge(size, store.reader(size), size, cache)).toEqual(expected);
      expect(await leftEdge(size, store.reader(300), 300, cache)).toEqual(expected);
    }
    await expect(leftEdge(10, store.reader(9), 9)).rejects.toThrow(RangeError);
  });

  it('works without a shared cache', async () => {
    const read = store.reader(300);
    expect(await inclusionProof(137, 300, read)).toEqual(reference.inclusionProof(137, 300));
    expect(await consistencyProof(129, 300, read)).toEqual(reference.consistencyProof(129, 300));
  });

  it('rejects indexes and sizes outside the tree', async () => {
    const read = store.reader(10);
    await expect(inclusionProof(10, 10, read)).rejects.toThrow(RangeError);
    await expect(inclusionProof(-1, 10, read)).rejects.toThrow(RangeError);
    await expect(consistencyProof(11, 10, read)).rejects.toThrow(RangeError);
    await expect(treeRoot(-1, read)).rejects.toThrow(RangeError);
  });

  it('gives the empty root for size 0 without reading', async () => {
    const before = store.reads;
    expect((await treeRoot(0, store.reader(0))).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(store.reads).toBe(before);
  });
});

describe('tile-backed proofs on a large tree', () => {
  const total = 70_000;
  const leaves = testLeaves(total, 'large ');
  const reference = new ReferenceTree(leaves);
  const store = new MemoryTileStore();

  beforeAll(async () => {
    // Uneven batches, so appends start and end in the middle of tiles at several levels.
    for (const batch of [1, 254, 3, 65_000, 511, 4_000, 231]) await store.append(leaves.slice(store.size, store.size + batch));
  });

  it('built the whole tree', () => {
    expect(store.size).toBe(total);
  });

  it.each([255, 65_258, 65_769, 69_769, 70_000])('agrees with the reference at size %i', async (size) => {
    const read = store.reader(size);
    const root = await treeRoot(size, read);
    expect(root.equals(reference.root(0, size))).toBe(true);
    expect(await leftEdge(size, read)).toEqual(compactRange(leaves.slice(0, size)).hashes());
    // A range export may start anywhere: its left edge comes from the tiles of a reached size.
    expect(await leftEdge(size - 3, store.reader(70_000), 70_000)).toEqual(compactRange(leaves.slice(0, size - 3)).hashes());
    for (const index of [0, 1, 255, 256, 65_535, size - 1]) {
      if (index >= size) continue;
      expect(same(await inclusionProof(index, size, read), reference.inclusionProof(index, size))).toBe(true);
    }
    for (const m of [1, 256, 257, 65_258, 65_536, size - 1]) {
      if (m > size) continue;
      expect(same(await consistencyProof(m, size, read), reference.consistencyProof(m, size))).toBe(true);
    }
  });

  it('reads a logarithmic number of tiles per proof', async () => {
    // Three tile levels at these sizes; a proof touches at most the tile on its path and the
    // rightmost tile at each level, so never more than two per level.
    for (const [index, size] of [
      [12_345, 70_000],
      [69_999, 70_000],
      [0, 65_769],
    ] as const) {
      const before = store.reads;
      await inclusionProof(index, size, store.reader(size));
      expect(store.reads - before).toBeLessThanOrEqual(6);
      const between = store.reads;
      await consistencyProof(index + 1, size, store.reader(size));
      expect(store.reads - between).toBeLessThanOrEqual(6);
    }
  });
});
