import { compactRange, Frontier } from './frontier';
import { emptyRoot, ReferenceTree } from './merkle';
import { testLeaves } from './tile-test-support';

describe('Frontier', () => {
  const leaves = testLeaves(130);
  const reference = new ReferenceTree(leaves);

  it('has the reference root at every size', () => {
    const frontier = new Frontier();
    expect(frontier.root()).toEqual(emptyRoot());
    leaves.forEach((leaf, index) => {
      frontier.append(leaf);
      expect(frontier.size).toBe(index + 1);
      expect(frontier.root().equals(reference.root(0, index + 1))).toBe(true);
    });
  });

  it('holds one hash per set bit of the size, largest subtree first', () => {
    const frontier = compactRange(leaves.slice(0, 13));
    expect(frontier.hashes()).toEqual([reference.root(0, 8), reference.root(8, 12), reference.root(12, 13)]);
  });

  it('continues from a left edge as if it had seen every leaf', () => {
    for (const size of [0, 1, 2, 7, 64, 100]) {
      const resumed = Frontier.fromLeftEdge(size, compactRange(leaves.slice(0, size)).hashes());
      for (const leaf of leaves.slice(size)) resumed.append(leaf);
      expect(resumed.root().equals(reference.root())).toBe(true);
      expect(resumed.size).toBe(leaves.length);
    }
  });

  it('takes merged subtree hashes in place of the merges it would do', () => {
    const frontier = new Frontier();
    leaves.forEach((leaf, index) => {
      const size = index + 1;
      const height = size % 8 === 0 ? 3 : size % 2 === 0 ? 1 : 0;
      const merged = height > 0 ? { hash: reference.root(size - 2 ** height, size), height } : undefined;
      frontier.append(leaf, merged);
      expect(frontier.root().equals(reference.root(0, size))).toBe(true);
    });
    expect(() => compactRange(leaves.slice(0, 2)).append(leaves[2]!, { hash: leaves[0]!, height: 1 })).toThrow(RangeError);
  });

  it('refuses a left edge of the wrong shape', () => {
    expect(() => Frontier.fromLeftEdge(3, [leaves[0]!])).toThrow(RangeError);
    expect(() => Frontier.fromLeftEdge(1, [Buffer.alloc(31)])).toThrow(RangeError);
    expect(() => Frontier.fromLeftEdge(-1, [])).toThrow(RangeError);
    expect(() => new Frontier().append(Buffer.alloc(33))).toThrow(RangeError);
  });
});
