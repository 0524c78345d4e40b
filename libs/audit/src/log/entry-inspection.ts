import { hash } from 'node:crypto';
import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { asEntry, ExportEntry, recordKind } from './export-format';
import { decodeLeaf, LedgerLeafV1, SALT_SIZE } from './ledger-entry';
import { nodeHash } from './merkle';
import { fail, VerificationFailure, VerificationProblem } from './verification-result';

/**
 * The checks of one entry that need nothing but the entry: decoding, hashing and the payload
 * commitment. They are most of the work and independent of each other, so they can run apart
 * (in worker threads) from the checks that follow the log's order.
 */

export interface InspectedEntry {
  index: number;
  hash: Buffer;
  origin: string;
  requestId: string | null;
  previousRequestLeaf: string | null;
  erased: boolean;
  /** The subtree this leaf completes within its block, so the ordered checks need not hash it. */
  merged?: MergedSubtree;
}

/** Root of the perfect subtree of 2^height leaves that ends with this entry. */
export interface MergedSubtree {
  hash: Buffer;
  height: number;
}

/** An entry's facts, or the problem found in it (reported only once the entry's turn comes). */
export type Inspection = { entry: InspectedEntry } | { index: number; problem: VerificationProblem };

/** One NDJSON line after inspection: an entry, or any other record for the ordered checks. */
export type InspectedLine = Inspection | { record: unknown };

export function inspectEntry(entry: ExportEntry): Inspection {
  try {
    return { entry: factsOf(entry) };
  } catch (error) {
    if (error instanceof VerificationFailure) return { index: entry.index, problem: error.problem };
    throw error;
  }
}

// Reused from entry to entry: leaf and payload are decoded straight behind their hash prefixes,
// rather than into fresh buffers that are then copied again to be hashed.
let scratch = Buffer.allocUnsafe(64 * 1024);

function room(bytes: number): Buffer {
  if (scratch.length < bytes) scratch = Buffer.allocUnsafe(bytes * 2);
  return scratch;
}

function factsOf(entry: ExportEntry): InspectedEntry {
  const { index } = entry;
  // Integrity rests on the decoded bytes, which are hashed into the tree, not on how the
  // base64 was spelled.
  const buffer = room(2 + Math.ceil((entry.leaf.length * 3) / 4));
  buffer[0] = 0x00;
  const length = buffer.write(entry.leaf, 1, 'base64');
  let leaf: LedgerLeafV1;
  try {
    leaf = decodeLeaf(buffer.subarray(1, 1 + length));
  } catch (error) {
    return fail('bad-leaf', `entry ${index}: ${(error as Error).message}`, index);
  }
  // Same bytes as leafHash(leaf), with the 0x00 prefix already in place.
  const leafHash = hash('sha256', buffer.subarray(0, 1 + length), 'buffer');
  if (entry.leafHash !== undefined && entry.leafHash !== leafHash.toString('hex')) {
    fail('leaf-hash-mismatch', `entry ${index}: the leaf is not the one the log appended (its hash differs from the recorded one)`, index);
  }
  const erased = checkPayload(index, leaf, entry);
  return { index, hash: leafHash, origin: leaf.origin, requestId: leaf.requestId, previousRequestLeaf: leaf.previousRequestLeaf, erased };
}

/** True when the payload was erased; fails when a present payload does not match its commitment. */
function checkPayload(index: number, leaf: LedgerLeafV1, entry: ExportEntry): boolean {
  if (entry.payload === null && entry.salt === null) return true;
  if (entry.payload === null || entry.salt === null) fail('payload-mismatch', `entry ${index}: payload and salt come together`, index);
  if (commitmentOf(entry.salt, entry.payload) !== leaf.payloadCommitment) {
    fail('payload-mismatch', `entry ${index}: the payload does not match the leaf's commitment`, index);
  }
  return false;
}

/** payloadCommitment(salt, payload) over the scratch buffer; undefined when either cannot be encoded. */
function commitmentOf(salt: string, payload: unknown): string | undefined {
  let json: string;
  try {
    json = canonicalJson(payload);
  } catch {
    return undefined;
  }
  const buffer = room(SALT_SIZE + 3 + Math.max(json.length * 3, Math.ceil((salt.length * 3) / 4)));
  if (buffer.write(salt, 0, 'base64') !== SALT_SIZE || salt.length !== 44) return undefined;
  const length = buffer.write(json, SALT_SIZE, 'utf8');
  return hash('sha256', buffer.subarray(0, SALT_SIZE + length), 'hex');
}

/** Inspects a parsed record: entries are inspected, anything else passes through. */
export function inspectRecord(record: unknown): InspectedLine {
  if (recordKind(record) !== 'entry') return { record };
  const entry = asEntry(record as Record<string, unknown>);
  return entry ? inspectEntry(entry) : { record: { kind: 'malformed-entry' } };
}

/** Parses and inspects a block of NDJSON bytes; `firstLine` numbers its lines for error messages. */
export function inspectBlock(block: Uint8Array, firstLine: number): InspectedLine[] {
  return inspectText(Buffer.from(block.buffer, block.byteOffset, block.byteLength).toString('utf8'), firstLine);
}

/** Parses and inspects a block of NDJSON text; `firstLine` numbers its lines for error messages. */
export function inspectText(text: string, firstLine: number): InspectedLine[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const inspected = inspectLines(
    lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line)),
    firstLine,
  );
  addMergedSubtrees(inspected);
  return inspected;
}

/**
 * Hashes, for each entry, the largest perfect subtree ending with it whose leaves all lie in
 * this block: the merges a Frontier would do on appending it, done here (in parallel) instead.
 */
export function addMergedSubtrees(lines: readonly InspectedLine[]): void {
  let stack: MergedSubtree[] = [];
  let next = -1;
  for (const line of lines) {
    if (!('entry' in line)) continue;
    const { entry } = line;
    if (entry.index !== next) stack = [];
    next = entry.index + 1;
    stack.push({ hash: entry.hash, height: 0 });
    let height = 0;
    while ((entry.index + 1) % 2 ** (height + 1) === 0 && stack.length >= 2 && stack[stack.length - 2]!.height === height) {
      const right = stack.pop()!;
      const left = stack.pop()!;
      height += 1;
      stack.push({ hash: nodeHash(left.hash, right.hash), height });
    }
    if (height > 0) entry.merged = stack[stack.length - 1]!;
  }
}

/** Parses and inspects a batch of NDJSON lines; `firstLine` numbers them for error messages. */
export function inspectLines(lines: readonly string[], firstLine: number): InspectedLine[] {
  const inspected: InspectedLine[] = [];
  lines.forEach((line, offset) => {
    if (line.trim().length === 0) return;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (error) {
      inspected.push({ record: { kind: 'unparseable', line: firstLine + offset, error: (error as Error).message } });
      return;
    }
    inspected.push(inspectRecord(record));
  });
  return inspected;
}
