/**
 * The ledger export: NDJSON records, a header first, then (for a range that does not start at 0)
 * the left edge of the tree before it, then entries in index order with each checkpoint right
 * after the entry that completes its size.
 */

export const EXPORT_FORMAT = 'qaztech-ledger-export/1';

export interface ExportHeader {
  kind: 'header';
  format: typeof EXPORT_FORMAT;
  origin: string;
  fromIndex: number;
  /** Exclusive. */
  toIndex: number;
  exportedAt: string;
}

/** The complete-subtree hashes (hex, largest first) of the tree of size `fromIndex`. */
export interface ExportLeftEdge {
  kind: 'leftEdge';
  size: number;
  hashes: string[];
}

export interface ExportEntry {
  kind: 'entry';
  index: number;
  /** Base64 of the leaf bytes. */
  leaf: string;
  /** The payload document, or null once erased. */
  payload: unknown;
  /** Base64 of the 32-byte salt, or null once erased. */
  salt: string | null;
  /**
   * Hex of the leaf hash the log recorded when it appended the entry. Optional, and no part of
   * the proof (the signed roots are): it lets a changed leaf be named at its own index, where a
   * root mismatch alone names only the checkpoint after it.
   */
  leafHash?: string;
}

export interface ExportCheckpoint {
  kind: 'checkpoint';
  /** The signed checkpoint note. */
  note: string;
}

/** Stands in for an NDJSON line that is not JSON, so the verifier can name it. */
export interface UnparseableRecord {
  kind: 'unparseable';
  line: number;
  error: string;
}

export type ExportRecord = ExportHeader | ExportLeftEdge | ExportEntry | ExportCheckpoint;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

export function asHeader(value: unknown): ExportHeader | undefined {
  if (!isRecord(value) || value.kind !== 'header' || value.format !== EXPORT_FORMAT) return undefined;
  const { origin, fromIndex, toIndex, exportedAt } = value;
  if (typeof origin !== 'string' || origin.length === 0 || typeof exportedAt !== 'string') return undefined;
  if (!isIndex(fromIndex) || !isIndex(toIndex) || toIndex < fromIndex) return undefined;
  return { kind: 'header', format: EXPORT_FORMAT, origin, fromIndex, toIndex, exportedAt };
}

export function asLeftEdge(value: Record<string, unknown>): ExportLeftEdge | undefined {
  const { size, hashes } = value;
  if (!isIndex(size) || !Array.isArray(hashes)) return undefined;
  if (!hashes.every((hash) => typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash))) return undefined;
  return { kind: 'leftEdge', size, hashes: hashes as string[] };
}

export function asEntry(value: Record<string, unknown>): ExportEntry | undefined {
  const { index, leaf, payload, salt, leafHash } = value;
  if (!isIndex(index) || typeof leaf !== 'string' || !(salt === null || typeof salt === 'string') || payload === undefined)
    return undefined;
  if (leafHash !== undefined && (typeof leafHash !== 'string' || !/^[0-9a-f]{64}$/.test(leafHash))) return undefined;
  return leafHash === undefined ? { kind: 'entry', index, leaf, payload, salt } : { kind: 'entry', index, leaf, payload, salt, leafHash };
}

export function asCheckpoint(value: Record<string, unknown>): ExportCheckpoint | undefined {
  return typeof value.note === 'string' ? { kind: 'checkpoint', note: value.note } : undefined;
}

export function recordKind(value: unknown): string | undefined {
  return isRecord(value) && typeof value.kind === 'string' ? value.kind : undefined;
}

/** Parses NDJSON lines one by one; blank lines are skipped, a line that is not JSON becomes an UnparseableRecord. */
export async function* parseNdjson(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<unknown> {
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim().length === 0) continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch (error) {
      yield {
        kind: 'unparseable',
        line: number,
        error: error instanceof Error ? error.message : String(error),
      } satisfies UnparseableRecord;
    }
  }
}

/** Splits a stream of text chunks into lines, without readline's per-line overhead. */
export async function* splitLines(chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): AsyncGenerator<string> {
  let rest = '';
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for await (const chunk of chunks) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const line of lines) yield line.endsWith('\r') ? line.slice(0, -1) : line;
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest;
}

/** Chunk size for reading an export file: fewer, larger reads, and a block out of each chunk. */
export const EXPORT_READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Cuts a byte stream into blocks of whole lines of about `size` bytes (the last block may lack its
 * final newline). A newline byte never occurs inside a UTF-8 character, so each block decodes on
 * its own; each block owns its memory, so it can be transferred to a worker thread without a copy.
 * Every byte is copied once, straight into its block: joining the chunks first and copying the
 * block out of the join cost the calling thread a sixth of its time.
 */
export async function* splitBlocks(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  size = 256 * 1024,
): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    // A file stream gives Buffers, a fetch body plain Uint8Arrays: both are viewed as Buffers.
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    parts.push(bytes);
    length += bytes.length;
    if (length < size) continue;
    const lastNewline = bytes.lastIndexOf(0x0a);
    if (lastNewline === -1) continue;
    const end = length - bytes.length + lastNewline + 1;
    yield ownedJoin(parts, end);
    const rest = bytes.subarray(lastNewline + 1);
    parts = rest.length > 0 ? [rest] : [];
    length = rest.length;
  }
  if (length > 0) yield ownedJoin(parts, length);
}

/** The first `length` bytes of `parts`, in memory of their own. */
function ownedJoin(parts: readonly Buffer[], length: number): Buffer {
  const joined = Buffer.allocUnsafeSlow(length);
  let at = 0;
  for (const part of parts) {
    if (at >= length) break;
    at += part.copy(joined, at, 0, Math.min(part.length, length - at));
  }
  return joined;
}

/** The number of lines a block starts: its newlines, plus one for a last line without one. */
export function countLines(block: Uint8Array): number {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.byteLength);
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) count += 1;
  return bytes.length > 0 && bytes[bytes.length - 1] === 0x0a ? count : count + 1;
}
