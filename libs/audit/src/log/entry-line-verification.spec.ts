import { Readable } from 'node:stream';
import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { toNdjson } from '../export/ndjson';
import { inspectBlock } from './entry-inspection';
import { entryLineSpans } from './entry-line';
import { buildLedger, exportRecords } from './export-test-support';
import { leafHash } from './merkle';
import { generateNoteKey, signerFromKey } from './note';
import { InspectionPool, verifyExport, verifyNdjson } from './verifier';

// Exports as the exporter writes them: entries in their fixed line shape, read on the bytes.

const ORIGIN = 'qaztech.kz/audit';
const key = generateNoteKey(ORIGIN);
const signer = signerFromKey(key.signerKey);

type Rec = Record<string, unknown>;

function exportOf(count: number, checkpointEvery: number): Rec[] {
  const ledger = buildLedger({ origin: ORIGIN, count, requests: 7, checkpointEvery, signers: [signer] });
  const records = exportRecords(ledger);
  for (const record of records) {
    if (record.kind === 'entry') record.leafHash = leafHash(Buffer.from(record.leaf as string, 'base64')).toString('hex');
  }
  return records;
}

async function written(records: Rec[]): Promise<Buffer> {
  const chunks: string[] = [];
  for await (const chunk of toNdjson(Readable.from(records))) chunks.push(chunk);
  return Buffer.from(chunks.join(''), 'utf8');
}

function cut(bytes: Buffer, size: number): Buffer[] {
  const parts: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) parts.push(bytes.subarray(offset, offset + size));
  return parts;
}

function lineOfEntry(bytes: Buffer, index: number): { start: number; end: number } {
  const start = bytes.indexOf(`{"kind":"entry","index":${index},`);
  return { start, end: bytes.indexOf('\n', start) };
}

/**
 * What the log's hashes rest on in an entry line, its base64 decoded. The recorded leaf hash is
 * no part of the proof: a line without it (or with its key misspelt, as other unknown keys are
 * ignored) is still checked against the signed roots.
 */
function meaningOf(line: string): unknown {
  const { kind, index, leaf, payload, salt } = JSON.parse(line) as Rec;
  const bytes = (text: unknown) => (typeof text === 'string' ? Buffer.from(text, 'base64').toString('hex') : text);
  return { kind, index, leaf: bytes(leaf), payload: canonicalJson(payload), salt: bytes(salt) };
}

// Inspects blocks but finishes them in a scrambled order, as worker threads may.
const scrambled: InspectionPool = {
  inspect: (block, firstLine) => new Promise((resolve) => setTimeout(() => resolve(inspectBlock(block, firstLine)), (firstLine * 7) % 5)),
};

describe('verifyNdjson over entry lines', () => {
  let records: Rec[];
  let bytes: Buffer;

  beforeAll(async () => {
    // Several blocks of lines, so lines also meet block boundaries.
    records = exportOf(2_500, 400);
    bytes = await written(records);
  });

  it('reads each entry line on its bytes, with the result of the parsed records', async () => {
    const lines = bytes.toString('utf8').trimEnd().split('\n');
    const entryLines = lines.filter((line) => line.startsWith('{"kind":"entry"'));
    expect(entryLines).toHaveLength(2_500);
    expect(entryLines.every((line) => entryLineSpans(Buffer.from(line), 0, Buffer.byteLength(line)) !== undefined)).toBe(true);
    const expected = await verifyExport(records, [key.verifierKey]);
    expect(expected).toMatchObject({ ok: true, entries: 2_500, checkpoints: 7 });
    expect(await verifyNdjson([bytes], [key.verifierKey])).toEqual(expected);
    expect(await verifyNdjson(cut(bytes, 65_536), [key.verifierKey], { pool: scrambled, depth: 4 })).toEqual(expected);
  });

  it('verifies lines cut across read chunks anywhere, inside a character too', async () => {
    const expected = await verifyExport(records, [key.verifierKey]);
    const character = bytes.indexOf('Айгерим');
    const { start, end } = lineOfEntry(bytes, 1_700);
    const cuts = [
      [bytes.subarray(0, character + 1), bytes.subarray(character + 1)],
      [bytes.subarray(0, start + 3), bytes.subarray(start + 3, end - 7), bytes.subarray(end - 7)],
      cut(bytes, 997),
      cut(bytes, 4_099),
    ];
    for (const chunks of cuts) {
      expect(await verifyNdjson(chunks, [key.verifierKey])).toEqual(expected);
      expect(await verifyNdjson(chunks, [key.verifierKey], { pool: scrambled, depth: 3 })).toEqual(expected);
    }
  });

  it('reads entry lines ending in CRLF on their bytes', async () => {
    const expected = await verifyExport(records, [key.verifierKey]);
    const crlf = Buffer.from(bytes.toString('utf8').replaceAll('\n', '\r\n'), 'utf8');
    expect(await verifyNdjson(cut(crlf, 65_536), [key.verifierKey])).toEqual(expected);
  });

  it('names a changed payload, salt, leaf, leaf hash or index in an entry line at its entry', async () => {
    const changed = (index: number, change: (line: string) => string) => {
      const { start, end } = lineOfEntry(bytes, index);
      const line = change(bytes.toString('utf8', start, end));
      return Buffer.concat([bytes.subarray(0, start), Buffer.from(line, 'utf8'), bytes.subarray(end)]);
    };
    const other = records.find((record) => record.kind === 'entry' && record.index === 1_001)!;
    const cases: [number, (line: string) => string, string][] = [
      [1_000, (line) => line.replace('"event 1000"', '"event 1001"'), 'payload-mismatch'],
      [1_000, (line) => line.replace(/"salt":"[^"]{4}/, '"salt":"AAAA'), 'payload-mismatch'],
      [1_000, (line) => line.replace(/"leaf":"[^"]*"/, `"leaf":"${other.leaf as string}"`), 'leaf-hash-mismatch'],
      [1_000, (line) => line.replace(/"leafHash":"[0-9a-f]{4}/, '"leafHash":"0000'), 'leaf-hash-mismatch'],
      [1_000, (line) => line.replace('"index":1000,', '"index":1001,'), 'unexpected-index'],
    ];
    for (const [index, change, code] of cases) {
      const result = await verifyNdjson(cut(changed(index, change), 65_536), [key.verifierKey], { pool: scrambled });
      expect(result).toMatchObject({ ok: false, firstBadIndex: index, problem: { code } });
    }
  });
});

describe('verifyNdjson over a tampered entry line', () => {
  it('catches a changed byte anywhere in the line, unless the line still spells the same entry', async () => {
    const records = exportOf(16, 16);
    const bytes = await written(records);
    const { start, end } = lineOfEntry(bytes, 13);
    const original = meaningOf(bytes.toString('utf8', start, end));
    const spans = entryLineSpans(bytes, start, end)!;
    // Where another byte may spell the same entry: the spare bits and padding of a base64 value's
    // last digits, which decoding ignores, and the name of the optional leafHash member.
    const spelling = new Set([
      ...[1, 2, 3].map((back) => spans.leafEnd - back),
      ...[2, 1].map((back) => spans.saltStart + 44 - back),
      ...Array.from({ length: 8 }, (_, offset) => spans.leafHashStart - 11 + offset),
    ]);
    let caught = 0;
    for (let at = start; at < end; at += 1) {
      for (const replacement of new Set([bytes[at]! ^ 0x01, bytes[at]! ^ 0x20, 0x0a, 0x20, 0x22, 0x30])) {
        if (replacement === bytes[at]) continue;
        const tampered = Buffer.from(bytes);
        tampered[at] = replacement;
        const result = await verifyNdjson([tampered], [key.verifierKey]);
        if (!result.ok) {
          caught += 1;
          continue;
        }
        expect(spelling).toContain(at);
        expect(meaningOf(tampered.toString('utf8', start, end))).toEqual(original);
      }
    }
    expect(caught).toBeGreaterThan(5 * (end - start - spelling.size));
  });

  it('reads lines in the entry shape whose payload is spelled otherwise, or erased, as JSON', async () => {
    const records = exportOf(24, 8);
    const bytes = await written(records);
    const { start, end } = lineOfEntry(bytes, 5);
    const line = bytes.toString('utf8', start, end);
    // The same payload, keys in another order: not the committed bytes, but the same document.
    const reordered = line.replace(/"payload":(\{.*\}),"salt"/, (_, payload: string) => {
      const document = JSON.parse(payload) as Rec;
      const reversed = Object.fromEntries(Object.entries(document).reverse());
      return `"payload":${JSON.stringify(reversed)},"salt"`;
    });
    expect(reordered).not.toBe(line);
    const erased = line.replace(/"payload":\{.*\},"salt":"[^"]*"/, '"payload":null,"salt":null');
    for (const [changed, erasedPayloads] of [
      [reordered, 0],
      [erased, 1],
    ] as const) {
      const input = Buffer.concat([bytes.subarray(0, start), Buffer.from(changed, 'utf8'), bytes.subarray(end)]);
      expect(await verifyNdjson([input], [key.verifierKey])).toMatchObject({ ok: true, entries: 24, erasedPayloads });
    }
  });
});
