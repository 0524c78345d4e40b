import { emptyRoot, HASH_SIZE, nodeHash } from './merkle';

/**
 * The compact range [0, size) of a tree: one hash per complete subtree of its left-to-right
 * decomposition, largest first (one per set bit of size). Enough to append leaves and compute
 * the root at every size, in O(log n) memory.
 */
export class Frontier {
  private readonly stack: Buffer[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Rebuilds a frontier from the subtree hashes of a tree of `size` leaves, largest first. */
  static fromLeftEdge(size: number, hashes: readonly Uint8Array[]): Frontier {
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`tree size ${size} is out of range`);
    if (hashes.length !== bitCount(size))
      throw new RangeError(`a tree of size ${size} has ${bitCount(size)} subtree hashes, not ${hashes.length}`);
    if (hashes.some((hash) => hash.length !== HASH_SIZE)) throw new RangeError('subtree hashes are 32 bytes');
    const frontier = new Frontier();
    frontier.stack.push(...hashes.map((hash) => Buffer.from(hash)));
    frontier.count = size;
    return frontier;
  }

  /**
   * Appends a leaf. `merged`, when given, is the already computed root of the perfect subtree of
   * 2^height leaves this leaf completes; it replaces the subtrees it is made of.
   */
  append(leafHash: Uint8Array, merged?: { hash: Uint8Array; height: number }): void {
    if (leafHash.length !== HASH_SIZE) throw new RangeError('leaf hashes are 32 bytes');
    this.count += 1;
    let size = this.count;
    if (merged && merged.height > 0) {
      const leaves = 2 ** merged.height;
      if (size % leaves !== 0 || merged.hash.length !== HASH_SIZE)
        throw new RangeError(`no subtree of ${leaves} leaves ends at leaf ${size - 1}`);
      this.stack.length -= merged.height;
      this.stack.push(Buffer.isBuffer(merged.hash) ? merged.hash : Buffer.from(merged.hash));
      size /= leaves;
    } else {
      // Kept by reference: hashes are never modified, and copying each one is measurable.
      this.stack.push(Buffer.isBuffer(leafHash) ? leafHash : Buffer.from(leafHash));
    }
    // Each trailing zero bit of the new size is a pair of equal subtrees that now merge.
    for (; size % 2 === 0; size /= 2) {
      const right = this.stack.pop()!;
      const left = this.stack.pop()!;
      this.stack.push(nodeHash(left, right));
    }
  }

  /** MTH of the leaves so far: the subtree hashes folded from the right. */
  root(): Buffer {
    if (this.stack.length === 0) return emptyRoot();
    let root = this.stack[this.stack.length - 1]!;
    for (let index = this.stack.length - 2; index >= 0; index -= 1) root = nodeHash(this.stack[index]!, root);
    return root;
  }

  /** The subtree hashes, largest first: what a range export's leftEdge record carries. */
  hashes(): Buffer[] {
    return this.stack.map((hash) => Buffer.from(hash));
  }
}

function bitCount(size: number): number {
  let count = 0;
  for (let rest = size; rest > 0; rest = Math.floor(rest / 2)) count += rest % 2;
  return count;
}

/** The frontier of a stream of leaf hashes. */
export function compactRange(leafHashes: Iterable<Uint8Array>): Frontier {
  const frontier = new Frontier();
  for (const hash of leafHashes) frontier.append(hash);
  return frontier;
}
