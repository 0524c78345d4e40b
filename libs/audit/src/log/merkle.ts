import { createHash, hash } from 'node:crypto';

/** RFC 6962 §2.1 hashing, plus the verification algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2. */

export const HASH_SIZE = 32;

// One-shot hashing over a single buffer: the verifier hashes every leaf and node, and the
// streaming Hash object costs more than the hashing itself at these sizes.

/** SHA-256(0x00 ‖ entry): the prefix keeps a leaf from ever hashing like an interior node. */
export function leafHash(entry: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(entry.length + 1);
  input[0] = 0x00;
  input.set(entry, 1);
  return hash('sha256', input, 'buffer');
}

/** SHA-256(0x01 ‖ left ‖ right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(left.length + right.length + 1);
  input[0] = 0x01;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return hash('sha256', input, 'buffer');
}

/** MTH({}) = SHA-256 of the empty string. */
export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}

/** The largest power of two strictly smaller than n (n ≥ 2): where RFC 6962 splits a tree. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * RFC 6962 §2.1 MTH, PATH and PROOF straight from the definitions, over leaf hashes held in
 * memory; the yardstick the storage-backed proofs are tested against. Subtree roots are
 * remembered per instance, so proving every index of one tree does not rehash it each time.
 */
export class ReferenceTree {
  private readonly roots = new Map<string, Buffer>();

  constructor(private readonly leafHashes: readonly Buffer[]) {}

  get size(): number {
    return this.leafHashes.length;
  }

  /** MTH(D[start:end]). */
  root(start = 0, end = this.leafHashes.length): Buffer {
    if (end - start === 0) return emptyRoot();
    if (end - start === 1) return this.leafHashes[start]!;
    const key = `${start}:${end}`;
    let root = this.roots.get(key);
    if (!root) {
      const k = splitPoint(end - start);
      root = nodeHash(this.root(start, start + k), this.root(start + k, end));
      this.roots.set(key, root);
    }
    return root;
  }

  /** PATH(index, D[size]). */
  inclusionProof(index: number, size = this.leafHashes.length): Buffer[] {
    this.checkSize(size);
    if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`index ${index} is outside a tree of size ${size}`);
    return this.path(index, 0, size);
  }

  /** PROOF(m, D[size]); empty when m is 0 or size. */
  consistencyProof(m: number, size = this.leafHashes.length): Buffer[] {
    this.checkSize(size);
    if (!Number.isInteger(m) || m < 0 || m > size) throw new RangeError(`size ${m} is outside a tree of size ${size}`);
    if (m === 0 || m === size) return [];
    return this.subproof(m, 0, size, true);
  }

  private path(index: number, start: number, end: number): Buffer[] {
    if (end - start === 1) return [];
    const k = splitPoint(end - start);
    if (index < start + k) return [...this.path(index, start, start + k), this.root(start + k, end)];
    return [...this.path(index, start + k, end), this.root(start, start + k)];
  }

  private subproof(m: number, start: number, end: number, complete: boolean): Buffer[] {
    if (m === end - start) return complete ? [] : [this.root(start, end)];
    const k = splitPoint(end - start);
    if (m <= k) return [...this.subproof(m, start, start + k, complete), this.root(start + k, end)];
    return [...this.subproof(m - k, start + k, end, false), this.root(start, start + k)];
  }

  private checkSize(size: number): void {
    if (!Number.isInteger(size) || size < 0 || size > this.leafHashes.length) {
      throw new RangeError(`tree size ${size} is outside 0..${this.leafHashes.length}`);
    }
  }
}

/** MTH(D[n]). */
export function referenceRoot(leafHashes: readonly Buffer[]): Buffer {
  return new ReferenceTree(leafHashes).root();
}

/** PATH(index, D[n]). */
export function referenceInclusionProof(index: number, leafHashes: readonly Buffer[]): Buffer[] {
  return new ReferenceTree(leafHashes).inclusionProof(index);
}

/** PROOF(m, D[n]). */
export function referenceConsistencyProof(m: number, leafHashes: readonly Buffer[]): Buffer[] {
  return new ReferenceTree(leafHashes).consistencyProof(m);
}

function isHash(value: Uint8Array): boolean {
  return value.length === HASH_SIZE;
}

function isSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * The root an inclusion proof leads to (RFC 9162 §2.1.3.2), or undefined when the proof has the
 * wrong shape for (index, size). Arithmetic avoids 32-bit bit operators so sizes past 2^31 work.
 */
export function rootFromInclusionProof(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[]): Buffer | undefined {
  if (!isSize(index) || !isSize(size) || index >= size || !isHash(leaf) || !proof.every(isHash)) return undefined;
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : undefined;
}

export function verifyInclusion(index: number, size: number, leaf: Uint8Array, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  const computed = rootFromInclusionProof(index, size, leaf, proof);
  return computed !== undefined && isHash(root) && computed.equals(root);
}

/** RFC 9162 §2.1.4.2; an empty tree is consistent with every tree, through an empty proof. */
export function verifyConsistency(m: number, n: number, proof: readonly Uint8Array[], rootM: Uint8Array, rootN: Uint8Array): boolean {
  if (!isSize(m) || !isSize(n) || m > n || !isHash(rootM) || !isHash(rootN) || !proof.every(isHash)) return false;
  if (m === 0) return proof.length === 0 && emptyRoot().equals(rootM);
  if (m === n) return proof.length === 0 && Buffer.from(rootM).equals(rootN);
  const path = isPowerOfTwo(m) ? [rootM, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr: Buffer = Buffer.from(path[0]!);
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(rootM) && sr.equals(rootN);
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && 2 ** Math.round(Math.log2(n)) === n;
}
