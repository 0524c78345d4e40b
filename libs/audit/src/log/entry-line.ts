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

/** Where the parts of an entry line in the shape {@link entryLine} writes lie, as byte offsets. */
export interface EntryLineSpans {
  index: number;
  /** Base64 of the leaf, without its quotes. */
  leafStart: number;
  leafEnd: number;
  /** The payload member's value: canonical JSON as the exporter wrote it. */
  payloadStart: number;
  payloadEnd: number;
  /** 44 bytes: base64 of the 32-byte salt. */
  saltStart: number;
  /** 64 bytes: lowercase hex of the leaf hash recorded at append. */
  leafHashStart: number;
}

const HEAD = ascii('{"kind":"entry","index":');
const LEAF_KEY = ascii(',"leaf":"');
const PAYLOAD_KEY = ascii('","payload":');
const SALT_KEY = ascii(',"salt":"');
const LEAF_HASH_KEY = ascii('","leafHash":"');
const END = ascii('"}');
const SALT_LENGTH = 44;
const LEAF_HASH_LENGTH = 64;
/** The tail has one length: the salt and the leaf hash are fixed-size. */
const TAIL_LENGTH = SALT_KEY.length + SALT_LENGTH + LEAF_HASH_KEY.length + LEAF_HASH_LENGTH + END.length;
const MAX_INDEX_DIGITS = 16;

const BASE64_DIGIT = byteClass((byte) => /[A-Za-z0-9+/]/.test(String.fromCharCode(byte)));
const LOWER_HEX_DIGIT = byteClass((byte) => /[0-9a-f]/.test(String.fromCharCode(byte)));
const EQUALS = 0x3d;
const ZERO = 0x30;
const NINE = 0x39;

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

function byteClass(member: (byte: number) => boolean): Uint8Array {
  return Uint8Array.from({ length: 256 }, (_, byte) => (member(byte) ? 1 : 0));
}

function hasAt(bytes: Uint8Array, at: number, end: number, literal: Uint8Array): boolean {
  if (at + literal.length > end) return false;
  for (let offset = 0; offset < literal.length; offset += 1) if (bytes[at + offset] !== literal[offset]) return false;
  return true;
}

function allIn(bytes: Uint8Array, from: number, to: number, members: Uint8Array): boolean {
  for (let at = from; at < to; at += 1) if (members[bytes[at]!] !== 1) return false;
  return true;
}

/**
 * Finds the parts of the line `bytes[start, end)` (no line break) when it has exactly the shape
 * {@link entryLine} writes for a present payload; anything else (another shape, an erased
 * payload, other key order) is undefined and is read as JSON. Works on the UTF-8 bytes: every
 * fixed part is ASCII, which no multi-byte character contains. With the head and tail fixed, the
 * bytes between them are the payload member and nothing else.
 */
export function entryLineSpans(bytes: Uint8Array, start: number, end: number): EntryLineSpans | undefined {
  if (!hasAt(bytes, start, end, HEAD)) return undefined;
  let at = start + HEAD.length;
  let index = 0;
  const digitsStart = at;
  for (; at < end && bytes[at]! >= ZERO && bytes[at]! <= NINE; at += 1) index = index * 10 + bytes[at]! - ZERO;
  const digits = at - digitsStart;
  if (digits === 0 || digits > MAX_INDEX_DIGITS || (digits > 1 && bytes[digitsStart] === ZERO) || !Number.isSafeInteger(index))
    return undefined;
  if (!hasAt(bytes, at, end, LEAF_KEY)) return undefined;
  const leafStart = at + LEAF_KEY.length;
  for (at = leafStart; at < end && BASE64_DIGIT[bytes[at]!] === 1; at += 1);
  for (let padding = 0; padding < 2 && at < end && bytes[at] === EQUALS; padding += 1) at += 1;
  const leafEnd = at;
  if (!hasAt(bytes, leafEnd, end, PAYLOAD_KEY)) return undefined;
  const payloadStart = leafEnd + PAYLOAD_KEY.length;
  const tailStart = end - TAIL_LENGTH;
  if (tailStart <= payloadStart) return undefined;
  const saltStart = tailStart + SALT_KEY.length;
  const leafHashStart = saltStart + SALT_LENGTH + LEAF_HASH_KEY.length;
  const tailFits =
    hasAt(bytes, tailStart, end, SALT_KEY) &&
    allIn(bytes, saltStart, saltStart + SALT_LENGTH - 1, BASE64_DIGIT) &&
    bytes[saltStart + SALT_LENGTH - 1] === EQUALS &&
    hasAt(bytes, saltStart + SALT_LENGTH, end, LEAF_HASH_KEY) &&
    allIn(bytes, leafHashStart, leafHashStart + LEAF_HASH_LENGTH, LOWER_HEX_DIGIT) &&
    hasAt(bytes, end - END.length, end, END);
  if (!tailFits) return undefined;
  return { index, leafStart, leafEnd, payloadStart, payloadEnd: tailStart, saltStart, leafHashStart };
}
