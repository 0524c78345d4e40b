import { hash } from 'node:crypto';
import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { EntryLineSpans, entryLineSpans } from './entry-line';
import { asEntry, countLines, ExportEntry, recordKind } from './export-format';
import { BlockBuilder, EntryFacts, InspectedBlock, InspectedLine, Inspection } from './inspected-block';
import { decodeLeaf, LedgerLeafV1, SALT_SIZE } from './ledger-entry';
import { fail, VerificationFailure } from './verification-result';

/**
 * The checks of one entry that need nothing but the entry: decoding, hashing and the payload
 * commitment. They are most of the work and independent of each other, so they can run apart
 * (in worker threads) from the checks that follow the log's order.
 */

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

/** The leaf decoded from its base64 and checked, with its hash. */
function leafOf(index: number, base64: string): { leaf: LedgerLeafV1; hash: Buffer } {
  // Integrity rests on the decoded bytes, which are hashed into the tree, not on how the
  // base64 was spelled.
  const buffer = room(2 + Math.ceil((base64.length * 3) / 4));
  buffer[0] = 0x00;
  const length = buffer.write(base64, 1, 'base64');
  let leaf: LedgerLeafV1;
  try {
    leaf = decodeLeaf(buffer.subarray(1, 1 + length));
  } catch (error) {
    return fail('bad-leaf', `entry ${index}: ${(error as Error).message}`, index);
  }
  // Same bytes as leafHash(leaf), with the 0x00 prefix already in place.
  return { leaf, hash: hash('sha256', buffer.subarray(0, 1 + length), 'buffer') };
}

function leafHashMismatch(index: number): never {
  return fail(
    'leaf-hash-mismatch',
    `entry ${index}: the leaf is not the one the log appended (its hash differs from the recorded one)`,
    index,
  );
}

function factsFrom(index: number, leafHash: Buffer, leaf: LedgerLeafV1, erased: boolean): EntryFacts {
  return { index, hash: leafHash, origin: leaf.origin, requestId: leaf.requestId, previousRequestLeaf: leaf.previousRequestLeaf, erased };
}

function factsOf(entry: ExportEntry): EntryFacts {
  const { index } = entry;
  const { leaf, hash: leafHash } = leafOf(index, entry.leaf);
  if (entry.leafHash !== undefined && entry.leafHash !== leafHash.toString('hex')) leafHashMismatch(index);
  return factsFrom(index, leafHash, leaf, checkPayload(index, leaf, entry));
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

const HEX_DIGITS = Uint8Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

/** Whether `bytes` at `at` hold the lowercase hex of `value`. */
function isHexOf(value: Uint8Array, bytes: Uint8Array, at: number): boolean {
  for (let offset = 0; offset < value.length; offset += 1) {
    const byte = value[offset]!;
    if (bytes[at + 2 * offset] !== HEX_DIGITS[byte >> 4] || bytes[at + 2 * offset + 1] !== HEX_DIGITS[byte & 0x0f]) return false;
  }
  return true;
}

/**
 * An entry line in the exporter's own shape, its payload hashed as it stands in the line's
 * bytes. Undefined when the payload bytes are not the committed ones (then it may still be the
 * same JSON spelled otherwise, which the full reading decides).
 */
function inspectEntryLine(bytes: Buffer, spans: EntryLineSpans): Inspection | undefined {
  const { index } = spans;
  try {
    const { leaf, hash: leafHash } = leafOf(index, bytes.toString('latin1', spans.leafStart, spans.leafEnd));
    if (!isHexOf(leafHash, bytes, spans.leafHashStart)) leafHashMismatch(index);
    if (commitmentOfBytes(bytes, spans) !== leaf.payloadCommitment) return undefined;
    return { entry: factsFrom(index, leafHash, leaf, false) };
  } catch (error) {
    if (error instanceof VerificationFailure) return { index, problem: error.problem };
    throw error;
  }
}

/** payloadCommitment over the salt and payload as they stand in an entry line. */
function commitmentOfBytes(bytes: Buffer, { saltStart, payloadStart, payloadEnd }: EntryLineSpans): string {
  const buffer = room(SALT_SIZE + payloadEnd - payloadStart);
  // The line's shape admits only 44 base64 digits ending in one '=': always 32 bytes.
  buffer.write(bytes.toString('latin1', saltStart, saltStart + 44), 0, 'base64');
  bytes.copy(buffer, SALT_SIZE, payloadStart, payloadEnd);
  return hash('sha256', buffer.subarray(0, SALT_SIZE + payloadEnd - payloadStart), 'hex');
}

/** Inspects a parsed record: entries are inspected, anything else passes through. */
export function inspectRecord(record: unknown): InspectedLine {
  if (recordKind(record) !== 'entry') return { record };
  const entry = asEntry(record as Record<string, unknown>);
  return entry ? inspectEntry(entry) : { record: { kind: 'malformed-entry' } };
}

/** Inspects parsed records as one block. */
export function inspectRecords(records: readonly unknown[]): InspectedBlock {
  const builder = new BlockBuilder(records.length);
  for (const record of records) builder.add(inspectRecord(record));
  return builder.build();
}

/**
 * Inspects a block of NDJSON bytes (whole lines); `firstLine` numbers its lines for error
 * messages. Entry lines in the exporter's shape are inspected on the bytes; any other line is
 * decoded and parsed as JSON.
 */
export function inspectBlock(block: Uint8Array, firstLine: number): InspectedBlock {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  const builder = new BlockBuilder(countLines(bytes));
  let number = firstLine;
  for (let start = 0; start < bytes.length; number += 1) {
    const newline = bytes.indexOf(0x0a, start);
    const next = newline === -1 ? bytes.length : newline;
    const end = next > start && bytes[next - 1] === 0x0d ? next - 1 : next;
    const spans = entryLineSpans(bytes, start, end);
    const fast = spans && inspectEntryLine(bytes, spans);
    if (fast) builder.add(fast);
    else inspectJsonLine(bytes.toString('utf8', start, end), number, builder);
    start = next + 1;
  }
  return builder.build();
}

function inspectJsonLine(line: string, number: number, builder: BlockBuilder): void {
  if (line.trim().length === 0) return;
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return builder.add({ record: { kind: 'unparseable', line: number, error: (error as Error).message } });
  }
  builder.add(inspectRecord(record));
}
