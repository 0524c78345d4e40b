import { parseCheckpoint } from './checkpoint';
import { asCheckpoint, asEntry, asHeader, asLeftEdge, ExportEntry, ExportHeader, recordKind, UnparseableRecord } from './export-format';
import { Frontier } from './frontier';
import { decodeLeaf, LedgerLeafV1, payloadCommitment, SALT_SIZE } from './ledger-entry';
import { leafHash } from './merkle';
import { NoteVerifier, openNote, verifierFromKey } from './note';

/**
 * The one verification of a ledger export, used by the HTTP verify endpoint and the offline
 * command. It streams: memory is the frontier, the last leaf of each request and the pending
 * checkpoints, never the entries.
 */

export type VerificationProblemCode =
  | 'bad-header'
  | 'bad-record'
  | 'bad-left-edge'
  | 'missing-left-edge'
  | 'unexpected-index'
  | 'missing-entries'
  | 'bad-leaf'
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

class Failure extends Error {
  constructor(readonly problem: VerificationProblem) {
    super(problem.message);
  }
}

function fail(code: VerificationProblemCode, message: string, index?: number): never {
  throw new Failure(index === undefined ? { code, message } : { code, index, message });
}

type Counters = Omit<VerificationResult, 'ok' | 'firstBadIndex' | 'problem' | 'latestCheckpoint'>;

class ExportVerification {
  readonly counters: Counters = {
    entries: 0,
    checkpoints: 0,
    checkpointsNotCovered: 0,
    erasedPayloads: 0,
    chainsChecked: 0,
    anchoredOutside: 0,
  };
  latest?: { size: number; rootHash: Buffer };
  private header?: ExportHeader;
  private frontier?: Frontier;
  private nextIndex = 0;
  private readonly lastLeafOfRequest = new Map<string, string>();
  private readonly pending: { size: number; rootHash: Buffer }[] = [];

  constructor(private readonly verifiers: readonly NoteVerifier[]) {}

  accept(record: unknown): void {
    if (!this.header) return this.acceptHeader(record);
    const kind = recordKind(record);
    const value = record as Record<string, unknown>;
    switch (kind) {
      case 'entry':
        return this.acceptEntry(
          asEntry(value) ?? fail('bad-record', `malformed entry record after index ${this.nextIndex - 1}`, this.nextIndex),
        );
      case 'checkpoint':
        return this.acceptCheckpoint(asCheckpoint(value)?.note ?? fail('bad-record', 'malformed checkpoint record', this.nextIndex));
      case 'leftEdge':
        return this.acceptLeftEdge(value);
      case 'unparseable':
        return fail('bad-record', `line ${(record as UnparseableRecord).line} is not JSON`, this.nextIndex);
      default:
        return fail('bad-record', `unknown record kind ${String(kind)}`, this.nextIndex);
    }
  }

  finish(): void {
    if (!this.header) fail('bad-header', 'the export is empty');
    if (this.nextIndex !== this.header.toIndex) {
      fail(
        'missing-entries',
        `the export ends after ${this.nextIndex - this.header.fromIndex} entries; entry ${this.nextIndex} is missing`,
        this.nextIndex,
      );
    }
  }

  private acceptHeader(record: unknown): void {
    this.header = asHeader(record) ?? fail('bad-header', 'the first record must be a qaztech-ledger-export/1 header');
    this.nextIndex = this.header.fromIndex;
    if (this.header.fromIndex === 0) this.frontier = new Frontier();
  }

  private acceptLeftEdge(value: Record<string, unknown>): void {
    const edge = asLeftEdge(value);
    if (this.frontier || !edge || edge.size !== this.header!.fromIndex) {
      fail('bad-left-edge', 'the left edge must come once, before the entries, for the size the range starts at', this.nextIndex);
    }
    try {
      this.frontier = Frontier.fromLeftEdge(
        edge.size,
        edge.hashes.map((hash) => Buffer.from(hash, 'hex')),
      );
    } catch (error) {
      fail('bad-left-edge', (error as Error).message, this.nextIndex);
    }
  }

  private acceptEntry(entry: ExportEntry): void {
    const header = this.header!;
    const index = this.nextIndex;
    if (entry.index !== index) {
      const found = entry.index > index ? `entry ${entry.index}: entries are missing` : `entry ${entry.index} again or out of order`;
      fail('unexpected-index', `expected entry ${index}, found ${found}`, index);
    }
    if (index >= header.toIndex) fail('unexpected-index', `entry ${index} is past the end of the exported range`, index);
    const frontier = this.frontier ?? fail('missing-left-edge', 'a range export needs its left edge before the first entry', index);
    // Integrity rests on the decoded bytes, which are hashed into the tree, not on how the
    // base64 was spelled.
    const bytes = Buffer.from(entry.leaf, 'base64');
    let leaf: LedgerLeafV1;
    try {
      leaf = decodeLeaf(bytes);
    } catch (error) {
      return fail('bad-leaf', `entry ${index}: ${(error as Error).message}`, index);
    }
    if (leaf.origin !== header.origin) fail('origin-mismatch', `entry ${index} belongs to log ${leaf.origin}`, index);
    this.checkPayload(index, leaf, entry);
    const hash = leafHash(bytes);
    this.checkChain(index, leaf, hash.toString('hex'));
    frontier.append(hash);
    this.nextIndex += 1;
    this.counters.entries += 1;
    while (this.pending.length > 0 && this.pending[0]!.size === frontier.size) this.checkRoot(this.pending.shift()!);
  }

  private checkPayload(index: number, leaf: LedgerLeafV1, entry: ExportEntry): void {
    if (entry.payload === null && entry.salt === null) {
      this.counters.erasedPayloads += 1;
      return;
    }
    const salt = entry.salt === null ? undefined : Buffer.from(entry.salt, 'base64');
    if (!salt || salt.length !== SALT_SIZE || entry.payload === null)
      fail('payload-mismatch', `entry ${index}: payload and salt come together`, index);
    let commitment: string | undefined;
    try {
      commitment = payloadCommitment(salt, entry.payload);
    } catch {
      commitment = undefined;
    }
    if (commitment !== leaf.payloadCommitment)
      fail('payload-mismatch', `entry ${index}: the payload does not match the leaf's commitment`, index);
  }

  private checkChain(index: number, leaf: LedgerLeafV1, hash: string): void {
    if (leaf.requestId === null) return;
    const previous = this.lastLeafOfRequest.get(leaf.requestId);
    if (previous !== undefined) {
      if (leaf.previousRequestLeaf !== previous)
        fail('chain-broken', `entry ${index}: does not link to the previous leaf of request ${leaf.requestId}`, index);
      this.counters.chainsChecked += 1;
    } else if (leaf.previousRequestLeaf !== null) {
      // A link to an earlier entry can only be followed when that entry is in the export.
      if (this.header!.fromIndex === 0)
        fail('chain-broken', `entry ${index}: links to a leaf of request ${leaf.requestId} that the log does not hold`, index);
      this.counters.anchoredOutside += 1;
    }
    this.lastLeafOfRequest.set(leaf.requestId, hash);
  }

  private acceptCheckpoint(note: string): void {
    const header = this.header!;
    let checkpoint;
    try {
      checkpoint = parseCheckpoint(openNote(note, this.verifiers).text);
    } catch (error) {
      const code = (error as Error).name === 'CheckpointError' ? 'bad-checkpoint' : 'checkpoint-signature';
      return fail(code, `checkpoint after entry ${this.nextIndex - 1}: ${(error as Error).message}`, this.nextIndex);
    }
    const { origin, size, rootHash } = checkpoint;
    if (origin !== header.origin) fail('checkpoint-origin-mismatch', `checkpoint of size ${size} is for log ${origin}`, this.nextIndex);
    if (this.latest && size < this.latest.size)
      fail('checkpoint-size-decreased', `checkpoint of size ${size} follows one of size ${this.latest.size}`, this.nextIndex);
    if (this.latest && size === this.latest.size && !rootHash.equals(this.latest.rootHash)) {
      fail('checkpoint-fork', `two checkpoints of size ${size} have different roots`, size - 1);
    }
    this.counters.checkpoints += 1;
    this.latest = { size, rootHash };
    if (size <= header.fromIndex || size > header.toIndex) {
      this.counters.checkpointsNotCovered += 1;
    } else if (size > this.nextIndex) {
      this.pending.push({ size, rootHash });
    } else if (size === this.nextIndex) {
      this.checkRoot({ size, rootHash });
    } else {
      fail('checkpoint-out-of-place', `checkpoint of size ${size} comes after entry ${this.nextIndex - 1}`, this.nextIndex);
    }
  }

  private checkRoot({ size, rootHash }: { size: number; rootHash: Buffer }): void {
    if (!this.frontier!.root().equals(rootHash)) {
      fail('checkpoint-root-mismatch', `the first ${size} entries do not have the root signed in the checkpoint of size ${size}`, size - 1);
    }
  }
}

function toVerifier(key: string | NoteVerifier): NoteVerifier {
  return typeof key === 'string' ? verifierFromKey(key) : key;
}

/**
 * Verifies an export, stopping at the first problem. Throws only for bad verifier keys (a usage
 * error); everything wrong with the export itself is reported in the result.
 */
export async function verifyExport(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  keys: readonly (string | NoteVerifier)[],
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  const verifiers = keys.map(toVerifier);
  if (verifiers.length === 0) throw new RangeError('at least one verifier key is needed');
  const every = options.progressEvery ?? 100_000;
  const verification = new ExportVerification(verifiers);
  let problem: VerificationProblem | undefined;
  try {
    for await (const record of records) {
      verification.accept(record);
      if (options.onProgress && verification.counters.entries % every === 0 && recordKind(record) === 'entry') {
        options.onProgress(verification.counters.entries);
      }
    }
    verification.finish();
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    problem = error.problem;
  }
  options.onProgress?.(verification.counters.entries);
  const latest = verification.latest;
  return {
    ok: problem === undefined,
    ...verification.counters,
    ...(problem ? { problem, ...(problem.index === undefined ? {} : { firstBadIndex: problem.index }) } : {}),
    ...(latest ? { latestCheckpoint: { size: latest.size, rootHash: latest.rootHash.toString('hex') } } : {}),
  };
}
