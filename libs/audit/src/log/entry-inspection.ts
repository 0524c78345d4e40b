import { asEntry, ExportEntry, recordKind } from './export-format';
import { decodeLeaf, LedgerLeafV1, payloadCommitment, SALT_SIZE } from './ledger-entry';
import { leafHash } from './merkle';
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

function factsOf(entry: ExportEntry): InspectedEntry {
  const { index } = entry;
  // Integrity rests on the decoded bytes, which are hashed into the tree, not on how the
  // base64 was spelled.
  const bytes = Buffer.from(entry.leaf, 'base64');
  let leaf: LedgerLeafV1;
  try {
    leaf = decodeLeaf(bytes);
  } catch (error) {
    return fail('bad-leaf', `entry ${index}: ${(error as Error).message}`, index);
  }
  const erased = checkPayload(index, leaf, entry);
  return {
    index,
    hash: leafHash(bytes),
    origin: leaf.origin,
    requestId: leaf.requestId,
    previousRequestLeaf: leaf.previousRequestLeaf,
    erased,
  };
}

/** True when the payload was erased; fails when a present payload does not match its commitment. */
function checkPayload(index: number, leaf: LedgerLeafV1, entry: ExportEntry): boolean {
  if (entry.payload === null && entry.salt === null) return true;
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
  return false;
}

/** Inspects a parsed record: entries are inspected, anything else passes through. */
export function inspectRecord(record: unknown): InspectedLine {
  if (recordKind(record) !== 'entry') return { record };
  const entry = asEntry(record as Record<string, unknown>);
  return entry ? inspectEntry(entry) : { record: { kind: 'malformed-entry' } };
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
