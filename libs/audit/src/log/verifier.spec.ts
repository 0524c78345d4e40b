import { leafHash } from './merkle';
import { formatCheckpoint } from './checkpoint';
import { buildLedger, exportRecords, TestLedger } from './export-test-support';
import { Frontier } from './frontier';
import { decodeLeaf, encodeLeaf } from './ledger-entry';
import { generateNoteKey, signerFromKey, signNote } from './note';
import { inspectBlock } from './entry-inspection';
import { parseNdjson } from './export-format';
import { InspectionPool, verifyExport, verifyNdjson } from './verifier';

const ORIGIN = 'qaztech.kz/audit';
const key = generateNoteKey(ORIGIN);
const signer = signerFromKey(key.signerKey);

type Rec = Record<string, unknown>;

function entryAt(records: Rec[], index: number): Rec {
  return records.find((record) => record.kind === 'entry' && record.index === index)!;
}

function withLeaf(record: Rec, change: (leaf: Record<string, unknown>) => void): void {
  const leaf = decodeLeaf(Buffer.from(record.leaf as string, 'base64')) as unknown as Record<string, unknown>;
  change(leaf);
  const { v: _v, ...fields } = leaf;
  record.leaf = encodeLeaf(fields as never).toString('base64');
}

describe('verifyExport', () => {
  let ledger: TestLedger;

  beforeAll(() => {
    ledger = buildLedger({ origin: ORIGIN, count: 120, requests: 9, checkpointEvery: 25, signers: [signer] });
  });

  it('accepts a complete export and counts what it checked', async () => {
    const progress: number[] = [];
    const result = await verifyExport(exportRecords(ledger), [key.verifierKey], {
      onProgress: (count) => progress.push(count),
      progressEvery: 50,
    });
    expect(result).toMatchObject({
      ok: true,
      entries: 120,
      checkpoints: 5,
      checkpointsNotCovered: 0,
      erasedPayloads: 0,
      anchoredOutside: 0,
      entriesWithoutCheckpoint: 0,
    });
    expect(result.chainsChecked).toBeGreaterThan(80);
    expect(result.latestCheckpoint?.size).toBe(120);
    expect(result.problem).toBeUndefined();
    expect(progress).toEqual([50, 100, 120]);
  });

  it('accepts a range export starting from the left edge, anchoring chains outside it', async () => {
    const result = await verifyExport(exportRecords(ledger, 37, 101), [key.verifierKey]);
    expect(result).toMatchObject({
      ok: true,
      entries: 64,
      checkpoints: 5,
      checkpointsNotCovered: 2,
      anchoredOutside: 9,
      entriesWithoutCheckpoint: 1,
    });
  });

  it('counts erased payloads without failing', async () => {
    const records = exportRecords(ledger);
    Object.assign(entryAt(records, 3), { payload: null, salt: null });
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({ ok: true, erasedPayloads: 1 });
  });

  it('names a tampered payload', async () => {
    const records = exportRecords(ledger);
    (entryAt(records, 42).payload as { payload: { note: string } }).payload.note = 'event 43';
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 42,
      problem: { code: 'payload-mismatch', index: 42 },
    });
  });

  it.each([
    ['a short salt', { salt: Buffer.alloc(16).toString('base64') }],
    ['a long salt', { salt: Buffer.alloc(33).toString('base64') }],
    ['a salt without its payload', { payload: null }],
    ['a payload without its salt', { salt: null }],
    ['another salt', { salt: Buffer.alloc(32, 9).toString('base64') }],
  ])('names an entry with %s', async (_case, change) => {
    const records = exportRecords(ledger);
    Object.assign(entryAt(records, 8), change);
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 8,
      problem: { code: 'payload-mismatch' },
    });
  });

  it('names a tampered leaf through the checkpoint that covers it', async () => {
    const records = exportRecords(ledger);
    withLeaf(entryAt(records, 60), (leaf) => (leaf.type = 'request.withdrawn.v1'));
    // Entry 61 links to the original leaf 60 only if they share a request; either way the root breaks.
    const result = await verifyExport(records, [key.verifierKey]);
    expect(result.ok).toBe(false);
    expect(['chain-broken', 'checkpoint-root-mismatch']).toContain(result.problem?.code);
    expect(result.firstBadIndex).toBeGreaterThanOrEqual(60);
    expect(result.firstBadIndex).toBeLessThanOrEqual(74);
  });

  it('names a tampered leaf at its own index when the export carries the hashes recorded at append', async () => {
    const records = exportRecords(ledger);
    for (const record of records) {
      if (record.kind === 'entry') record.leafHash = leafHash(Buffer.from(record.leaf as string, 'base64')).toString('hex');
    }
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({ ok: true });
    withLeaf(entryAt(records, 60), (leaf) => (leaf.type = 'request.withdrawn.v1'));
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 60,
      problem: { code: 'leaf-hash-mismatch' },
    });
  });

  it('names a leaf that is not canonical', async () => {
    const records = exportRecords(ledger);
    const bytes = Buffer.from(entryAt(records, 5).leaf as string, 'base64');
    entryAt(records, 5).leaf = Buffer.from(JSON.stringify(JSON.parse(bytes.toString()), null, 1)).toString('base64');
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({ ok: false, firstBadIndex: 5, problem: { code: 'bad-leaf' } });
  });

  it('names a dropped entry', async () => {
    const records = exportRecords(ledger).filter((record) => !(record.kind === 'entry' && record.index === 77));
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 77,
      problem: { code: 'unexpected-index' },
    });
  });

  it('names reordered entries', async () => {
    const records = exportRecords(ledger);
    const a = records.indexOf(entryAt(records, 10));
    const b = records.indexOf(entryAt(records, 11));
    [records[a], records[b]] = [records[b]!, records[a]!];
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 10,
      problem: { code: 'unexpected-index' },
    });
  });

  it('names a truncated export', async () => {
    const records = exportRecords(ledger).slice(0, -3);
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({ ok: false, problem: { code: 'missing-entries' } });
  });

  it('names a broken request chain even when leaves and root are consistent', async () => {
    const forged = buildLedger({ origin: ORIGIN, count: 30, requests: 4, checkpointEvery: 1000, signers: [signer] });
    const records = exportRecords(forged);
    withLeaf(entryAt(records, 12), (leaf) => (leaf.previousRequestLeaf = 'ab'.repeat(32)));
    const result = await verifyExport(records, [key.verifierKey]);
    expect(result).toMatchObject({ ok: false, firstBadIndex: 12, problem: { code: 'chain-broken' } });
  });

  it('names a leaf from another log', async () => {
    const records = exportRecords(ledger);
    withLeaf(entryAt(records, 2), (leaf) => (leaf.origin = 'elsewhere.kz/log'));
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 2,
      problem: { code: 'origin-mismatch' },
    });
  });

  it('rejects a checkpoint signed by an unknown key, or with a broken signature', async () => {
    const other = generateNoteKey(ORIGIN);
    expect(await verifyExport(exportRecords(ledger), [other.verifierKey])).toMatchObject({
      ok: false,
      problem: { code: 'checkpoint-signature' },
    });
    const records = exportRecords(ledger);
    const checkpoint = records.find((record) => record.kind === 'checkpoint')!;
    checkpoint.note = (checkpoint.note as string).replace('\n25\n', '\n26\n');
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 25,
      problem: { code: 'checkpoint-signature' },
    });
  });

  it('rejects a validly signed checkpoint whose root does not match the entries', async () => {
    const records = exportRecords(ledger);
    const index = records.findIndex((record) => record.kind === 'checkpoint');
    records[index] = {
      kind: 'checkpoint',
      note: signNote(formatCheckpoint({ origin: ORIGIN, size: 25, rootHash: Buffer.alloc(32, 7) }), [signer]),
    };
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 24,
      problem: { code: 'checkpoint-root-mismatch' },
    });
  });

  it('rejects checkpoints that shrink, fork or name another origin', async () => {
    const note = (size: number, fill: number, origin = ORIGIN) =>
      signNote(formatCheckpoint({ origin, size, rootHash: Buffer.alloc(32, fill) }), [
        signerFromKey(generateNoteKey(origin).signerKey),
        signer,
      ]);
    const base = () => exportRecords(ledger, 0, 120);
    const shrink = base().concat([
      { kind: 'checkpoint', note: note(200, 1) },
      { kind: 'checkpoint', note: note(150, 1) },
    ]);
    expect((await verifyExport(shrink, [key.verifierKey])).problem?.code).toBe('checkpoint-size-decreased');
    const fork = base().concat([
      { kind: 'checkpoint', note: note(200, 1) },
      { kind: 'checkpoint', note: note(200, 2) },
    ]);
    expect((await verifyExport(fork, [key.verifierKey])).problem?.code).toBe('checkpoint-fork');
    const foreign = signNote(formatCheckpoint({ origin: 'elsewhere.kz/log', size: 200, rootHash: Buffer.alloc(32) }), [signer]);
    expect((await verifyExport(base().concat([{ kind: 'checkpoint', note: foreign }]), [key.verifierKey])).problem?.code).toBe(
      'checkpoint-origin-mismatch',
    );
  });

  it('rejects a range export without its left edge, or with a wrong one', async () => {
    const records = exportRecords(ledger, 37, 101);
    const missing = records.filter((record) => record.kind !== 'leftEdge');
    expect(await verifyExport(missing, [key.verifierKey])).toMatchObject({
      ok: false,
      firstBadIndex: 37,
      problem: { code: 'missing-left-edge' },
    });
    const wrong = exportRecords(ledger, 37, 101);
    (wrong[1]!.hashes as string[])[0] = '00'.repeat(32);
    expect(await verifyExport(wrong, [key.verifierKey])).toMatchObject({ ok: false, problem: { code: 'checkpoint-root-mismatch' } });
  });

  it('rejects a bad header and unknown records', async () => {
    expect((await verifyExport([], [key.verifierKey])).problem?.code).toBe('bad-header');
    expect((await verifyExport([{ kind: 'header', format: 'other/1' }], [key.verifierKey])).problem?.code).toBe('bad-header');
    const records = exportRecords(ledger);
    records.splice(3, 0, { kind: 'gossip' });
    expect(await verifyExport(records, [key.verifierKey])).toMatchObject({ ok: false, firstBadIndex: 2, problem: { code: 'bad-record' } });
  });

  it('reads NDJSON and names a line that is not JSON', async () => {
    const lines = exportRecords(ledger, 0, 10).map((record) => JSON.stringify(record));
    expect((await verifyExport(parseNdjson(lines), [key.verifierKey])).ok).toBe(true);
    lines.splice(4, 0, '{"kind":');
    expect(await verifyExport(parseNdjson(lines), [key.verifierKey])).toMatchObject({
      ok: false,
      problem: { code: 'bad-record', message: 'line 5 is not JSON' },
    });
  });

  it('throws on a malformed key rather than reporting the export as bad', async () => {
    await expect(verifyExport(exportRecords(ledger), ['not a key'])).rejects.toThrow();
  });
});

describe('verifyNdjson', () => {
  const ledger = buildLedger({ origin: ORIGIN, count: 5_000, requests: 40, checkpointEvery: 700, signers: [signer] });
  const text = (records: Rec[]) => records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  // Inspects batches but finishes them in a scrambled order, as worker threads may.
  const scrambled: InspectionPool = {
    inspect: (block, firstLine) => new Promise((resolve) => setTimeout(() => resolve(inspectBlock(block, firstLine)), (firstLine * 7) % 5)),
  };
  const chunks = (content: string) => {
    const parts: string[] = [];
    for (let offset = 0; offset < content.length; offset += 65_536) parts.push(content.slice(offset, offset + 65_536));
    return parts;
  };

  it('gives the same result as verifyExport, whatever order batches finish in', async () => {
    const records = exportRecords(ledger);
    const expected = await verifyExport(records, [key.verifierKey]);
    expect(expected.ok).toBe(true);
    expect(await verifyNdjson(chunks(text(records)), [key.verifierKey])).toEqual(expected);
    expect(await verifyNdjson(chunks(text(records)), [key.verifierKey], { pool: scrambled, depth: 3 })).toEqual(expected);
  });

  it('numbers a line that is not JSON across blocks', async () => {
    const lines = exportRecords(ledger).map((record) => JSON.stringify(record));
    lines.splice(3_000, 0, '{"kind":"entry",');
    const result = await verifyNdjson(chunks(lines.join('\r\n')), [key.verifierKey], { pool: scrambled });
    expect(result.problem).toMatchObject({ code: 'bad-record', message: 'line 3001 is not JSON' });
  });

  it('names the first problem in stream order even when a later batch finishes first', async () => {
    const records = exportRecords(ledger);
    (entryAt(records, 4_321).payload as { actorName: string }).actorName = 'Someone Else';
    (entryAt(records, 4_500).payload as { actorName: string }).actorName = 'Someone Else';
    const dropped = records.filter((record) => !(record.kind === 'entry' && record.index === 1_234));
    for (const [input, index] of [
      [records, 4_321],
      [dropped, 1_234],
    ] as const) {
      const result = await verifyNdjson(chunks(text(input)), [key.verifierKey], { pool: scrambled, depth: 4 });
      expect(result.firstBadIndex).toBe(index);
    }
  });
});

describe('Frontier', () => {
  it('agrees with a rebuilt left edge', () => {
    const ledger = buildLedger({ origin: ORIGIN, count: 20, checkpointEvery: 100, signers: [signer] });
    for (let size = 0; size <= 20; size += 1) {
      const frontier = Frontier.fromLeftEdge(
        size,
        ledger.edges[size]!.map((hash) => Buffer.from(hash, 'hex')),
      );
      expect(frontier.hashes().map((hash) => hash.toString('hex'))).toEqual(ledger.edges[size]);
    }
    expect(() => Frontier.fromLeftEdge(3, [Buffer.alloc(32)])).toThrow(RangeError);
  });
});
