import { parseCheckpoint } from './checkpoint';
import { inspectBlock, inspectRecords } from './entry-inspection';
import { asCheckpoint, asHeader, asLeftEdge, countLines, ExportHeader, recordKind, splitBlocks, UnparseableRecord } from './export-format';
import { Frontier } from './frontier';
import { BLOCK_HASH_STRIDE, InspectedBlock, OtherLine } from './inspected-block';
import { HASH_SIZE } from './merkle';
import { NoteVerifier, openNote, verifierFromKey } from './note';
import { fail, VerificationFailure, VerificationProblem, VerificationResult, VerifyOptions } from './verification-result';

/**
 * The one verification of a ledger export, used by the HTTP verify endpoint and the offline
 * command. It streams: memory is the frontier, the last leaf of each request and the pending
 * checkpoints, never the entries.
 */

type Counters = Omit<VerificationResult, 'ok' | 'firstBadIndex' | 'problem' | 'latestCheckpoint'>;

/** The checks that follow the log's order: continuity, request chains and checkpoint roots. */
class ExportVerification {
  readonly counters: Counters = {
    entries: 0,
    checkpoints: 0,
    checkpointsNotCovered: 0,
    erasedPayloads: 0,
    chainsChecked: 0,
    anchoredOutside: 0,
    entriesWithoutCheckpoint: 0,
  };
  latest?: { size: number; rootHash: Buffer };
  private header?: ExportHeader;
  private frontier?: Frontier;
  private nextIndex = 0;
  private readonly lastLeafOfRequest = new Map<string, string>();
  private readonly pending: { size: number; rootHash: Buffer }[] = [];
  private checkedSize = 0;

  constructor(
    private readonly verifiers: readonly NoteVerifier[],
    private readonly progress?: { every: number; report(checkedEntries: number): void },
  ) {}

  /** The block's lines in their order: its entries, and the other lines between them. */
  acceptBlock(block: InspectedBlock): void {
    const hashes = Buffer.from(block.hashes.buffer, block.hashes.byteOffset, block.hashes.byteLength);
    const { others } = block;
    let other = 0;
    for (let at = 0; at < block.entries; at += 1) {
      for (; other < others.length && others[other]!.after === at; other += 1) this.acceptOther(others[other]!.line);
      this.acceptEntry(block, hashes, at);
    }
    for (; other < others.length; other += 1) this.acceptOther(others[other]!.line);
  }

  finish(): void {
    if (!this.header) fail('bad-header', 'the export is empty');
    this.counters.entriesWithoutCheckpoint = this.nextIndex - Math.max(this.checkedSize, this.header.fromIndex);
    if (this.nextIndex !== this.header.toIndex) {
      const read = this.nextIndex - this.header.fromIndex;
      fail('missing-entries', `the export ends after ${read} entries; entry ${this.nextIndex} is missing`, this.nextIndex);
    }
  }

  private acceptOther(line: OtherLine): void {
    if ('record' in line) return this.acceptRecord(line.record);
    if (!this.header) return this.acceptHeader(undefined);
    this.checkPosition(line.index);
    throw new VerificationFailure(line.problem);
  }

  private acceptRecord(record: unknown): void {
    if (!this.header) return this.acceptHeader(record);
    const kind = recordKind(record);
    const value = record as Record<string, unknown>;
    switch (kind) {
      case 'checkpoint':
        return this.acceptCheckpoint(asCheckpoint(value)?.note ?? fail('bad-record', 'malformed checkpoint record', this.nextIndex));
      case 'leftEdge':
        return this.acceptLeftEdge(value);
      case 'unparseable':
        return fail('bad-record', `line ${(record as UnparseableRecord).line} is not JSON`, this.nextIndex);
      case 'malformed-entry':
        return fail('bad-record', `malformed entry record after index ${this.nextIndex - 1}`, this.nextIndex);
      default:
        return fail('bad-record', `unknown record kind ${String(kind)}`, this.nextIndex);
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

  private checkPosition(index: number): void {
    const expected = this.nextIndex;
    if (index !== expected) {
      const found = index > expected ? `entry ${index}: entries are missing` : `entry ${index} again or out of order`;
      fail('unexpected-index', `expected entry ${expected}, found ${found}`, expected);
    }
    if (index >= this.header!.toIndex) fail('unexpected-index', `entry ${index} is past the end of the exported range`, index);
    if (!this.frontier) fail('missing-left-edge', 'a range export needs its left edge before the first entry', index);
  }

  private acceptEntry(block: InspectedBlock, hashes: Buffer, at: number): void {
    if (!this.header) return this.acceptHeader(undefined);
    const index = block.indexes[at]!;
    this.checkPosition(index);
    const { texts } = block;
    const origin = texts[block.origins[at]!];
    if (origin !== this.header.origin) fail('origin-mismatch', `entry ${index} belongs to log ${origin}`, index);
    const offset = at * BLOCK_HASH_STRIDE;
    const requestId = block.requestIds[at]!;
    if (requestId !== -1) this.checkChain(index, texts[requestId]!, texts[block.previousLeaves[at]!] ?? null, hashes, offset);
    const height = block.heights[at]!;
    const merged = height > 0 ? { hash: hashes.subarray(offset + HASH_SIZE, offset + 2 * HASH_SIZE), height } : undefined;
    const frontier = this.frontier!;
    frontier.append(hashes.subarray(offset, offset + HASH_SIZE), merged);
    this.nextIndex += 1;
    this.counters.entries += 1;
    if (block.erased[at] === 1) this.counters.erasedPayloads += 1;
    while (this.pending.length > 0 && this.pending[0]!.size === frontier.size) this.checkRoot(this.pending.shift()!);
    if (this.progress && this.counters.entries % this.progress.every === 0) this.progress.report(this.counters.entries);
  }

  private checkChain(index: number, requestId: string, previousRequestLeaf: string | null, hashes: Buffer, offset: number): void {
    const previous = this.lastLeafOfRequest.get(requestId);
    if (previous !== undefined) {
      if (previousRequestLeaf !== previous)
        fail('chain-broken', `entry ${index}: does not link to the previous leaf of request ${requestId}`, index);
      this.counters.chainsChecked += 1;
    } else if (previousRequestLeaf !== null) {
      // A link to an earlier entry can only be followed when that entry is in the export.
      if (this.header!.fromIndex === 0)
        fail('chain-broken', `entry ${index}: links to a leaf of request ${requestId} that the log does not hold`, index);
      this.counters.anchoredOutside += 1;
    }
    this.lastLeafOfRequest.set(requestId, hashes.toString('hex', offset, offset + HASH_SIZE));
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
    const latest = this.latest;
    if (origin !== header.origin) fail('checkpoint-origin-mismatch', `checkpoint of size ${size} is for log ${origin}`, this.nextIndex);
    if (latest && size < latest.size)
      fail('checkpoint-size-decreased', `checkpoint of size ${size} follows one of size ${latest.size}`, this.nextIndex);
    if (latest && size === latest.size && !rootHash.equals(latest.rootHash))
      fail('checkpoint-fork', `two checkpoints of size ${size} have different roots`, size - 1);
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
    this.checkedSize = size;
  }
}

/**
 * Inspects blocks of NDJSON (whole lines), possibly elsewhere (worker threads, which may take
 * the block's memory); blocks may finish in any order.
 */
export interface InspectionPool {
  inspect(block: Buffer, firstLine: number): Promise<InspectedBlock>;
}

/** Inspection on the calling thread. */
export const inProcessInspection: InspectionPool = {
  inspect: async (block, firstLine) => inspectBlock(block, firstLine),
};

async function run(
  blocks: AsyncIterable<InspectedBlock>,
  keys: readonly (string | NoteVerifier)[],
  options: VerifyOptions,
): Promise<VerificationResult> {
  const verifiers = keys.map((key) => (typeof key === 'string' ? verifierFromKey(key) : key));
  if (verifiers.length === 0) throw new RangeError('at least one verifier key is needed');
  const { onProgress } = options;
  const verification = new ExportVerification(verifiers, onProgress && { every: options.progressEvery ?? 100_000, report: onProgress });
  let problem: VerificationProblem | undefined;
  try {
    for await (const block of blocks) verification.acceptBlock(block);
    verification.finish();
  } catch (error) {
    if (!(error instanceof VerificationFailure)) throw error;
    problem = error.problem;
  }
  onProgress?.(verification.counters.entries);
  const latest = verification.latest;
  return {
    ok: problem === undefined,
    ...verification.counters,
    ...(problem ? { problem, ...(problem.index === undefined ? {} : { firstBadIndex: problem.index }) } : {}),
    ...(latest ? { latestCheckpoint: { size: latest.size, rootHash: latest.rootHash.toString('hex') } } : {}),
  };
}

const RECORDS_PER_BLOCK = 256;

async function* inBlocks(records: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<InspectedBlock> {
  let batch: unknown[] = [];
  for await (const record of records) {
    batch.push(record);
    if (batch.length < RECORDS_PER_BLOCK) continue;
    yield inspectRecords(batch);
    batch = [];
  }
  if (batch.length > 0) yield inspectRecords(batch);
}

/**
 * Verifies an export given as parsed records, stopping at the first problem. Throws only for
 * bad verifier keys (a usage error); everything wrong with the export is in the result.
 */
export function verifyExport(
  records: AsyncIterable<unknown> | Iterable<unknown>,
  keys: readonly (string | NoteVerifier)[],
  options: VerifyOptions = {},
): Promise<VerificationResult> {
  return run(inBlocks(records), keys, options);
}

/** Keeps up to `depth` blocks in inspection, handing them on in order. */
async function* inspectInOrder(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  pool: InspectionPool,
  depth: number,
): AsyncGenerator<InspectedBlock> {
  const inFlight: Promise<InspectedBlock>[] = [];
  let firstLine = 1;
  for await (const block of splitBlocks(chunks)) {
    // Counted before the pool may take the block's memory away to a worker.
    const lines = countLines(block);
    const inspection = pool.inspect(block, firstLine);
    // Blocks still in flight when verification stops early are never awaited; their failures
    // must not surface as unhandled rejections.
    inspection.catch(() => undefined);
    inFlight.push(inspection);
    firstLine += lines;
    if (inFlight.length >= depth) yield await inFlight.shift()!;
  }
  while (inFlight.length > 0) yield await inFlight.shift()!;
}

/** Verifies an NDJSON export read from a stream of chunks, inspecting entries through `pool`. */
export function verifyNdjson(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  keys: readonly (string | NoteVerifier)[],
  options: VerifyOptions & { pool?: InspectionPool; depth?: number } = {},
): Promise<VerificationResult> {
  // On the calling thread there is nothing to overlap, and queued batches only cost memory.
  const depth = options.depth ?? (options.pool ? 6 : 1);
  return run(inspectInOrder(chunks, options.pool ?? inProcessInspection, depth), keys, options);
}
