/** What a verification of a ledger export reports. */

export type VerificationProblemCode =
  | 'bad-header'
  | 'bad-record'
  | 'bad-left-edge'
  | 'missing-left-edge'
  | 'unexpected-index'
  | 'missing-entries'
  | 'bad-leaf'
  | 'leaf-hash-mismatch'
  | 'origin-mismatch'
  | 'payload-mismatch'
  | 'chain-broken'
  | 'bad-checkpoint'
  | 'checkpoint-signature'
  | 'checkpoint-origin-mismatch'
  | 'checkpoint-size-decreased'
  | 'checkpoint-fork'
  | 'checkpoint-out-of-place'
  | 'checkpoint-root-mismatch';

export interface VerificationProblem {
  code: VerificationProblemCode;
  index?: number;
  message: string;
}

export interface VerificationResult {
  ok: boolean;
  entries: number;
  /** Checkpoints whose signature verified (covered or not). */
  checkpoints: number;
  /** Checkpoints outside (fromIndex, toIndex]: signature checked, root not recomputable here. */
  checkpointsNotCovered: number;
  erasedPayloads: number;
  /** Links to a previous same-request leaf that were checked against it. */
  chainsChecked: number;
  /** Links to a previous same-request leaf that lies before the exported range. */
  anchoredOutside: number;
  /**
   * Entries after the largest checkpoint whose root was recomputed here: intact as far as this
   * export shows, but not yet vouched for by a signature.
   */
  entriesWithoutCheckpoint: number;
  /**
   * Where the problem shows: the bad entry itself; for a checkpoint that cannot be trusted, the
   * index of the entry that would follow it; for a root that does not match, the last entry the
   * checkpoint covers; for a truncated export, the first missing entry.
   */
  firstBadIndex?: number;
  problem?: VerificationProblem;
  latestCheckpoint?: { size: number; rootHash: string };
}

export interface VerifyOptions {
  /** Called every `progressEvery` entries (default 100,000) and once at the end. */
  onProgress?(checkedEntries: number): void;
  progressEvery?: number;
}

export class VerificationFailure extends Error {
  constructor(readonly problem: VerificationProblem) {
    super(problem.message);
  }
}

export function fail(code: VerificationProblemCode, message: string, index?: number): never {
  throw new VerificationFailure(index === undefined ? { code, message } : { code, index, message });
}
