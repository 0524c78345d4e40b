import { compactRange } from './frontier';
import { leftEdge } from './tile-proofs';
import { MemoryTileStore, testLeaves } from './tile-test-support';

describe('leftEdge', () => {
  it('equals the compact range of the leaves for every size up to 300, reading only tiles that exist', async () => {
    const leaves = testLeaves(300);
    const store = new MemoryTileStore();
    for (let size = 1; size <= 300; size += 1) {
      await store.append([leaves[size - 1]!]);
      const fromTiles = await leftEdge(size, store.reader(size));
      expect(fromTiles.map((hash) => hash.toString('hex'))).toEqual(
        compactRange(leaves.slice(0, size))
          .hashes()
          .map((hash) => hash.toString('hex')),
      );
    }
  });

  it('is empty for an empty tree', async () => {
    expect(await leftEdge(0, new MemoryTileStore().reader(0))).toEqual([]);
  });
});
