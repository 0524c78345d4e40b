/**
 * Decides what an uploaded attachment really is from its bytes.
 *
 * File names and client-declared Content-Types are chosen by the uploader, so they
 * prove nothing: a renamed executable or a generic archive must not pass as a
 * document. Only a bounded sample of the file is inspected (head and tail windows),
 * and ZIP containers are recognised from their entry names alone, so nothing is
 * ever decompressed and a zip bomb costs the same as any other upload. An archive that
 * says it unpacks to more than any real document does is refused all the same: the
 * reviewer who opens it would be the one to pay.
 */

export type DocumentType = 'pdf' | 'docx' | 'xlsx' | 'odt' | 'png' | 'jpeg';

export const MEDIA_TYPES: Readonly<Record<DocumentType, string>> = Object.freeze({
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  png: 'image/png',
  jpeg: 'image/jpeg',
});

export interface FileSample {
  /** First up to 64 KiB of the file. */
  head: Buffer;
  /** Last up to 256 KiB of the file; overlaps `head` (or equals the whole file) for small files. */
  tail: Buffer;
  /** Total size of the file in bytes. */
  size: number;
}

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IHDR_TYPE = Buffer.from('IHDR', 'latin1');
const PNG_IHDR_LENGTH = 13;
const JPEG_SOI = Buffer.from([0xff, 0xd8, 0xff]);

const LOCAL_HEADER_SIG = 0x04034b50; // "PK\x03\x04" read little-endian
const CENTRAL_HEADER_SIG = 0x02014b50; // "PK\x01\x02"
const EOCD_SIG = 0x06054b50; // "PK\x05\x06"
const LOCAL_HEADER_LENGTH = 30;
const CENTRAL_HEADER_LENGTH = 46;
const EOCD_LENGTH = 22;
const MAX_ZIP_COMMENT = 0xffff;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const METHOD_STORED = 0;
const ZIP64_MARKER_16 = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;
/** Far above any real office document within the 20 MB upload limit; a zip bomb's claim is far above this. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const ODT_MIMETYPE_ENTRY = 'mimetype';
const ODT_MIMETYPE = Buffer.from('application/vnd.oasis.opendocument.text', 'latin1');
const OOXML_CONTENT_TYPES = '[Content_Types].xml';
const DOCX_MAIN_PART = 'word/document.xml';
const XLSX_MAIN_PART = 'xl/workbook.xml';

interface LocalEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

interface CentralDirectory {
  /** Position of the first central header inside the tail buffer. */
  start: number;
  size: number;
  count: number;
}

/**
 * Returns the accepted document type the sample's content proves, or `undefined`
 * for anything else, including malformed, truncated or hostile input.
 */
export function detectDocumentType(sample: FileSample): DocumentType | undefined {
  const { head } = sample;
  if (startsWith(head, PDF_MAGIC)) return 'pdf';
  if (isPng(head)) return 'png';
  if (startsWith(head, JPEG_SOI)) return 'jpeg';
  if (fits(head, 0, 4) && head.readUInt32LE(0) === LOCAL_HEADER_SIG) return detectZipDocument(sample);
  return undefined;
}

function isPng(head: Buffer): boolean {
  // The signature alone is 8 bytes an attacker can prepend to anything; a real PNG
  // must continue with its mandatory, fixed-length IHDR chunk.
  return (
    startsWith(head, PNG_SIGNATURE) &&
    fits(head, 8, 8) &&
    head.readUInt32BE(8) === PNG_IHDR_LENGTH &&
    head.subarray(12, 16).equals(PNG_IHDR_TYPE)
  );
}

function detectZipDocument(sample: FileSample): DocumentType | undefined {
  const names = listEntryNames(sample);
  if (names === undefined) return undefined;
  const present = new Set(names);
  // Macro-enabled Office files (.docm, .xlsm) carry executable VBA; a renamed one is still one.
  if (names.some((name) => name.toLowerCase().endsWith('vbaproject.bin'))) return undefined;
  const matches: DocumentType[] = [];
  if (isOdt(sample.head)) matches.push('odt');
  if (present.has(OOXML_CONTENT_TYPES) && present.has(DOCX_MAIN_PART)) matches.push('docx');
  if (present.has(OOXML_CONTENT_TYPES) && present.has(XLSX_MAIN_PART)) matches.push('xlsx');
  // A polyglot satisfying two formats would be read differently by different
  // programs; refusing it is safer than guessing which one the reviewer will use.
  return matches.length === 1 ? matches[0] : undefined;
}

function isOdt(head: Buffer): boolean {
  // ODF requires this exact uncompressed first entry precisely so that the type
  // can be sniffed at a fixed offset without unpacking the archive.
  const entry = readLocalHeader(head, 0);
  if (entry === undefined || entry.name !== ODT_MIMETYPE_ENTRY || entry.method !== METHOD_STORED) {
    return false;
  }
  if (entry.compressedSize !== ODT_MIMETYPE.length || entry.uncompressedSize !== ODT_MIMETYPE.length) {
    return false;
  }
  return head.subarray(entry.dataStart, entry.dataStart + ODT_MIMETYPE.length).equals(ODT_MIMETYPE);
}

function listEntryNames(sample: FileSample): string[] | undefined {
  const directory = locateCentralDirectory(sample);
  // The central directory is the authoritative index that office suites read, so a
  // corrupt one inside the window is a refusal, not a reason to look elsewhere.
  if (directory !== undefined) return readCentralNames(sample.tail, directory);
  // Local headers are the only index left when the directory is out of reach; they
  // may reveal fewer entries than exist, but never entries that do not exist.
  return walkLocalHeaders(sample.head);
}

function locateCentralDirectory({ tail, size }: FileSample): CentralDirectory | undefined {
  if (!Number.isSafeInteger(size) || size < tail.length) return undefined;
  const eocd = findEndOfCentralDirectory(tail);
  if (eocd === undefined) return undefined;
  const count = tail.readUInt16LE(eocd + 10);
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  // ZIP64 archives keep the real values elsewhere; no accepted document needs them
  // below the upload limit, so they are simply treated as unreadable here.
  if (count === ZIP64_MARKER_16 || directorySize === ZIP64_MARKER_32 || directoryOffset === ZIP64_MARKER_32) {
    return undefined;
  }
  // The EOCD stores absolute file offsets, while only the tail window is in memory.
  const start = directoryOffset - (size - tail.length);
  if (start < 0 || start + directorySize > eocd) return undefined;
  return { start, size: directorySize, count };
}

function findEndOfCentralDirectory(tail: Buffer): number | undefined {
  const last = tail.length - EOCD_LENGTH;
  const first = Math.max(0, last - MAX_ZIP_COMMENT);
  for (let pos = last; pos >= first; pos--) {
    // Requiring the comment to end exactly at end of file stops a stray signature
    // inside compressed data or inside the comment itself from being taken as the record.
    if (tail.readUInt32LE(pos) === EOCD_SIG && tail.readUInt16LE(pos + 20) === last - pos) {
      return pos;
    }
  }
  return undefined;
}

function readCentralNames(tail: Buffer, directory: CentralDirectory): string[] | undefined {
  const end = directory.start + directory.size;
  const names: string[] = [];
  let unpacked = 0;
  let offset = directory.start;
  // Bounded by the declared entry count and by `end`, so a lying count cannot
  // make this read past the directory or run longer than 65535 iterations.
  for (let index = 0; index < directory.count; index++) {
    if (offset + CENTRAL_HEADER_LENGTH > end || tail.readUInt32LE(offset) !== CENTRAL_HEADER_SIG) {
      return undefined;
    }
    const nameLength = tail.readUInt16LE(offset + 28);
    const recordLength = CENTRAL_HEADER_LENGTH + nameLength + tail.readUInt16LE(offset + 30) + tail.readUInt16LE(offset + 32);
    if (offset + recordLength > end) return undefined;
    unpacked += tail.readUInt32LE(offset + 24);
    if (unpacked > MAX_UNPACKED_BYTES) return undefined;
    const nameStart = offset + CENTRAL_HEADER_LENGTH;
    names.push(tail.toString('latin1', nameStart, nameStart + nameLength));
    offset += recordLength;
  }
  return names;
}

function walkLocalHeaders(head: Buffer): string[] | undefined {
  const names: string[] = [];
  let unpacked = 0;
  let offset = 0;
  // Each step advances by at least a header length, and readLocalHeader refuses
  // anything past the end of head, so the walk always terminates.
  for (;;) {
    const entry = readLocalHeader(head, offset);
    if (entry === undefined) break;
    unpacked += entry.uncompressedSize;
    if (unpacked > MAX_UNPACKED_BYTES) return undefined;
    names.push(entry.name);
    // With a data descriptor the real size only follows the data, so the next
    // header cannot be found without decompressing, which we never do.
    if ((entry.flags & FLAG_DATA_DESCRIPTOR) !== 0 && entry.compressedSize === 0) break;
    if (entry.compressedSize === ZIP64_MARKER_32) break;
    offset = entry.dataStart + entry.compressedSize;
  }
  return names;
}

function readLocalHeader(buffer: Buffer, offset: number): LocalEntry | undefined {
  if (!fits(buffer, offset, LOCAL_HEADER_LENGTH) || buffer.readUInt32LE(offset) !== LOCAL_HEADER_SIG) {
    return undefined;
  }
  const nameLength = buffer.readUInt16LE(offset + 26);
  const extraLength = buffer.readUInt16LE(offset + 28);
  const nameStart = offset + LOCAL_HEADER_LENGTH;
  // A name cut off by the window could read as a different, shorter name (e.g.
  // `word/document.xml` out of `word/document.xml.bak`), so it ends the walk instead.
  if (!fits(buffer, nameStart, nameLength)) return undefined;
  return {
    name: buffer.toString('latin1', nameStart, nameStart + nameLength),
    flags: buffer.readUInt16LE(offset + 6),
    method: buffer.readUInt16LE(offset + 8),
    compressedSize: buffer.readUInt32LE(offset + 18),
    uncompressedSize: buffer.readUInt32LE(offset + 22),
    dataStart: nameStart + nameLength + extraLength,
  };
}

function fits(buffer: Buffer, offset: number, length: number): boolean {
  return offset >= 0 && offset + length <= buffer.length;
}

function startsWith(buffer: Buffer, prefix: Buffer): boolean {
  return buffer.length >= prefix.length && buffer.subarray(0, prefix.length).equals(prefix);
}
