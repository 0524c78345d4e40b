import { HASH_SIZE, nodeHash } from './merkle';
import { VerificationProblem } from './verification-result';

/** What the inspection of one entry establishes, needing nothing but the entry. */
export interface EntryFacts {
  index: number;
  hash: Buffer;
  origin: string;
  requestId: string | null;
  previousRequestLeaf: string | null;
  erased: boolean;
}

/** An entry's facts, or the problem found in it (reported only once the entry's turn comes). */
export type Inspection = { entry: EntryFacts } | { index: number; problem: VerificationProblem };

/** One NDJSON line after inspection: an entry, or any other record for the ordered checks. */
export type InspectedLine = Inspection | { record: unknown };

/** A line the ordered checks take as it is: any record but an entry, or an entry's problem. */
export type OtherLine = Exclude<InspectedLine, { entry: EntryFacts }>;

/**
 * The inspection of a block of lines, in line order: the entries' facts in columns (typed arrays
 * and one table of strings), because a worker thread hands them over in a few copies or
 * transfers where an object per entry costs the receiving thread more than the inspection saved
 * it. Anything else is in `others`, each line after the number of entries that precede it.
 */
export interface InspectedBlock {
  entries: number;
  indexes: Float64Array;
  /**
   * 64 bytes per entry: its leaf hash, then the root of the largest perfect subtree ending with
   * it whose leaves all lie in this block (merges a Frontier would do on appending it, done here).
   */
  hashes: Uint8Array;
  /** That subtree's height; 0 when the entry completes no subtree of two leaves or more. */
  heights: Uint8Array;
  erased: Uint8Array;
  /** Positions in `texts`; -1 for null. */
  origins: Int32Array;
  requestIds: Int32Array;
  previousLeaves: Int32Array;
  texts: string[];
  others: { after: number; line: OtherLine }[];
}

export const BLOCK_HASH_STRIDE = 2 * HASH_SIZE;

/** Collects a block's inspected lines into an {@link InspectedBlock}. */
export class BlockBuilder {
  private count = 0;
  private readonly block: InspectedBlock;
  private readonly textPositions = new Map<string, number>();
  private subtrees: { hash: Buffer; height: number }[] = [];

  /** `capacity`: at least the number of entries that will be added. */
  constructor(capacity: number) {
    this.block = {
      entries: 0,
      indexes: new Float64Array(capacity),
      hashes: new Uint8Array(capacity * BLOCK_HASH_STRIDE),
      heights: new Uint8Array(capacity),
      erased: new Uint8Array(capacity),
      origins: new Int32Array(capacity),
      requestIds: new Int32Array(capacity),
      previousLeaves: new Int32Array(capacity),
      texts: [],
      others: [],
    };
  }

  add(line: InspectedLine): void {
    if ('entry' in line) this.addEntry(line.entry);
    else this.block.others.push({ after: this.count, line });
  }

  build(): InspectedBlock {
    this.block.entries = this.count;
    return this.block;
  }

  private addEntry(entry: EntryFacts): void {
    const { block } = this;
    const at = this.count;
    this.count += 1;
    block.indexes[at] = entry.index;
    block.hashes.set(entry.hash, at * BLOCK_HASH_STRIDE);
    block.erased[at] = entry.erased ? 1 : 0;
    block.origins[at] = this.text(entry.origin);
    block.requestIds[at] = this.text(entry.requestId);
    // Links are all different: no point looking them up among the texts.
    block.previousLeaves[at] = entry.previousRequestLeaf === null ? -1 : block.texts.push(entry.previousRequestLeaf) - 1;
    const merged = this.merge(entry);
    if (merged) {
      block.hashes.set(merged.hash, at * BLOCK_HASH_STRIDE + HASH_SIZE);
      block.heights[at] = merged.height;
    }
  }

  private text(value: string | null): number {
    if (value === null) return -1;
    let position = this.textPositions.get(value);
    if (position === undefined) {
      position = this.block.texts.push(value) - 1;
      this.textPositions.set(value, position);
    }
    return position;
  }

  /** The perfect subtree of two leaves or more that this entry completes within the block. */
  private merge({ index, hash }: EntryFacts): { hash: Buffer; height: number } | undefined {
    const previous = this.count >= 2 ? this.block.indexes[this.count - 2] : undefined;
    // Only consecutive entries merge; after a gap the ordered checks stop at the entry anyway.
    if (previous !== index - 1) this.subtrees = [];
    const { subtrees } = this;
    subtrees.push({ hash, height: 0 });
    let height = 0;
    while ((index + 1) % 2 ** (height + 1) === 0 && subtrees.length >= 2 && subtrees[subtrees.length - 2]!.height === height) {
      const right = subtrees.pop()!;
      const left = subtrees.pop()!;
      height += 1;
      subtrees.push({ hash: nodeHash(left.hash, right.hash), height });
    }
    return height > 0 ? subtrees[subtrees.length - 1] : undefined;
  }
}

/** The memory of a block's columns, to move it to another thread instead of copying it. */
export function blockTransferList(block: InspectedBlock): ArrayBuffer[] {
  const columns = [block.indexes, block.hashes, block.heights, block.erased, block.origins, block.requestIds, block.previousLeaves];
  return columns.map((column) => column.buffer as ArrayBuffer);
}
