import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { ExportEntry } from './export-format';

/**
 * An entry's NDJSON line in one fixed shape, its payload in canonical JSON (RFC 8785): the very
 * bytes the leaf's payload commitment was computed over. A verifier can then hash the payload as
 * it stands in the line instead of parsing it and serialising it again, which was a third of
 * the work of verifying an entry. Any JSON reader still reads the line as before.
 */
export function entryLine(entry: ExportEntry): string {
  const head = `{"kind":"entry","index":${entry.index},"leaf":${JSON.stringify(entry.leaf)},"payload":`;
  const tail = `,"salt":${JSON.stringify(entry.salt)}${entry.leafHash === undefined ? '' : `,"leafHash":${JSON.stringify(entry.leafHash)}`}}`;
  return `${head}${payloadText(entry.payload)}${tail}`;
}

function payloadText(payload: unknown): string {
  if (payload === null) return 'null';
  try {
    return canonicalJson(payload);
  } catch {
    // Not representable canonically: it cannot match its commitment, and the verifier says so.
    return JSON.stringify(payload);
  }
}

/** The parts of a line in the shape {@link entryLine} writes, the payload as its raw text. */
export interface EntryLineParts {
  index: number;
  leaf: string;
  payloadText: string;
  salt: string;
  leafHash: string;
}

const HEAD = /^\{"kind":"entry","index":(0|[1-9]\d{0,15}),"leaf":"([A-Za-z0-9+/]*={0,2})","payload":/;
const TAIL = /^,"salt":"([A-Za-z0-9+/]{43}=)","leafHash":"([0-9a-f]{64})"\}$/;
const TAIL_START = ',"salt":"';

/**
 * Splits a line of exactly the shape {@link entryLine} writes for a present payload; anything
 * else (another shape, an erased payload, other key order) is undefined and is read as JSON.
 * With the head and tail fixed, the text between them is the payload member and nothing else.
 */
export function entryLineParts(line: string): EntryLineParts | undefined {
  const head = HEAD.exec(line);
  if (!head) return undefined;
  const tailAt = line.lastIndexOf(TAIL_START);
  if (tailAt <= head[0].length) return undefined;
  const tail = TAIL.exec(line.slice(tailAt));
  const index = Number(head[1]);
  if (!tail || !Number.isSafeInteger(index)) return undefined;
  return { index, leaf: head[2]!, payloadText: line.slice(head[0].length, tailAt), salt: tail[1]!, leafHash: tail[2]! };
}
