import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { canonicalLeafText, decodeLeaf, encodeLeaf, LedgerLeafError, LedgerLeafFields, newSalt, payloadCommitment } from './ledger-entry';

const FIELDS: LedgerLeafFields = {
  origin: 'qaztech.kz/audit',
  eventId: '0b7f9c2e-4d1a-4e8b-9a6c-3f2e1d0c9b8a',
  type: 'request.submitted.v1',
  source: 'intake',
  sourceSequence: 41,
  requestId: 'REQ-2026-00017',
  actor: { id: 'user-7', role: 'agency.signatory', agencyBin: '940140000385' },
  occurredAt: '2026-11-23T06:01:02.345Z',
  payloadCommitment: 'a'.repeat(64),
  previousRequestLeaf: 'b'.repeat(64),
};

describe('ledger leaf v1', () => {
  it('encodes as the canonical JSON of the versioned object', () => {
    const bytes = encodeLeaf(FIELDS);
    expect(bytes.toString('utf8')).toBe(
      '{"actor":{"agencyBin":"940140000385","id":"user-7","role":"agency.signatory"},' +
        '"eventId":"0b7f9c2e-4d1a-4e8b-9a6c-3f2e1d0c9b8a","occurredAt":"2026-11-23T06:01:02.345Z","origin":"qaztech.kz/audit",' +
        `"payloadCommitment":"${'a'.repeat(64)}","previousRequestLeaf":"${'b'.repeat(64)}","requestId":"REQ-2026-00017",` +
        '"source":"intake","sourceSequence":41,"type":"request.submitted.v1","v":1}',
    );
    expect(decodeLeaf(bytes)).toEqual({ v: 1, ...FIELDS });
  });

  it('writes the same text through its fixed-shape serializer as through canonicalJson', () => {
    for (const fields of [FIELDS, { ...FIELDS, requestId: null, previousRequestLeaf: null, type: 'ә"\\\n\u0001😀' }]) {
      const leaf = { v: 1 as const, ...fields, actor: { ...fields.actor, agencyBin: null } };
      expect(canonicalLeafText(leaf)).toBe(canonicalJson(leaf));
    }
  });

  it('decodes plain and escaped leaves alike, to exactly what JSON.parse reads', () => {
    const variants: LedgerLeafFields[] = [
      FIELDS,
      { ...FIELDS, requestId: null, previousRequestLeaf: null },
      { ...FIELDS, previousRequestLeaf: null, actor: { ...FIELDS.actor, agencyBin: null } },
      { ...FIELDS, type: 'quote " and backslash \\', source: 'tab\tline\nend' },
      { ...FIELDS, origin: 'Қазақстан/ledger \u007f 😀', sourceSequence: 0 },
      { ...FIELDS, sourceSequence: Number.MAX_SAFE_INTEGER, occurredAt: '2026-11-23T06:01:02+05:00' },
    ];
    for (const fields of variants) {
      const bytes = encodeLeaf(fields);
      expect(decodeLeaf(bytes)).toEqual(JSON.parse(bytes.toString('utf8')));
    }
  });

  it('ignores extra properties a caller passes in', () => {
    const bytes = encodeLeaf({ ...FIELDS, extra: 1 } as LedgerLeafFields);
    expect(decodeLeaf(bytes)).toEqual({ v: 1, ...FIELDS });
  });

  it.each<[string, Partial<LedgerLeafFields>]>([
    ['an uppercase event id', { eventId: FIELDS.eventId.toUpperCase() }],
    ['a fractional sequence', { sourceSequence: 1.5 }],
    ['a negative sequence', { sourceSequence: -1 }],
    ['an empty type', { type: '' }],
    ['a date that is not ISO', { occurredAt: '23.11.2026' }],
    ['a thirteenth month', { occurredAt: '2026-13-01T00:00:00Z' }],
    ['a short commitment', { payloadCommitment: 'abc' }],
    ['a link without a request', { requestId: null }],
    ['a malformed link', { previousRequestLeaf: 'zz' }],
    ['an actor without a role', { actor: { id: 'u', role: '', agencyBin: null } }],
  ])('refuses %s', (_case, change) => {
    expect(() => encodeLeaf({ ...FIELDS, ...change })).toThrow(LedgerLeafError);
  });

  it('allows a null request with no link and a null agency', () => {
    const fields = { ...FIELDS, requestId: null, previousRequestLeaf: null, actor: { ...FIELDS.actor, agencyBin: null } };
    expect(decodeLeaf(encodeLeaf(fields))).toEqual({ v: 1, ...fields });
  });

  it.each([
    ['whitespace', (json: string) => json.replace('{"actor"', '{ "actor"')],
    ['reordered keys', (json: string) => JSON.stringify({ v: 1, ...JSON.parse(json) })],
    ['another version', (json: string) => json.replace('"v":1', '"v":2')],
    ['an unknown field', (json: string) => json.replace('"v":1', '"v":1,"w":0')],
    ['a missing field', (json: string) => json.replace('"source":"intake",', '')],
    ['a number spelled differently', (json: string) => json.replace('"sourceSequence":41', '"sourceSequence":41.0')],
    ['a number with a leading zero', (json: string) => json.replace('"sourceSequence":41', '"sourceSequence":041')],
    ['a number past 2^53', (json: string) => json.replace('"sourceSequence":41', '"sourceSequence":9007199254740993')],
    ['an escaped character that needs none', (json: string) => json.replace('"intake"', '"\\u0069ntake"')],
    ['an empty source', (json: string) => json.replace('"intake"', '""')],
    ['an uppercase hash', (json: string) => json.replace('b'.repeat(64), 'B'.repeat(64))],
    ['a link without a request', (json: string) => json.replace('"REQ-2026-00017"', 'null')],
    ['a trailing newline', (json: string) => `${json}\n`],
    ['not JSON', () => 'leaf'],
    ['an array', () => '[]'],
  ])('decoding rejects %s', (_case, mutate) => {
    const json = encodeLeaf(FIELDS).toString('utf8');
    expect(() => decodeLeaf(Buffer.from(mutate(json), 'utf8'))).toThrow(LedgerLeafError);
  });

  it('decoding rejects bytes that are not UTF-8, even where they would decode to a replacement character', () => {
    const json = encodeLeaf({ ...FIELDS, source: 'int\ufffdke' });
    expect(decodeLeaf(json).source).toBe('int\ufffdke');
    const at = json.indexOf(Buffer.from('\ufffd'));
    const broken = Buffer.concat([json.subarray(0, at), Buffer.from([0xf0, 0x90, 0x80]), json.subarray(at + 3)]);
    expect(() => decodeLeaf(broken)).toThrow(/UTF-8/);
  });

  it('commits to a payload under a salt', () => {
    const salt = Buffer.alloc(32, 1);
    const document = { actorName: 'Айгерим', payload: { b: 2, a: [1, 'x'] } };
    const expected = createHash('sha256')
      .update(Buffer.concat([salt, Buffer.from(canonicalJson(document), 'utf8')]))
      .digest('hex');
    expect(payloadCommitment(salt, document)).toBe(expected);
    expect(payloadCommitment(salt, { payload: { a: [1, 'x'], b: 2 }, actorName: 'Айгерим' })).toBe(expected);
    expect(payloadCommitment(Buffer.alloc(32, 2), document)).not.toBe(expected);
    expect(() => payloadCommitment(Buffer.alloc(16), document)).toThrow(LedgerLeafError);
  });

  it('draws fresh 32-byte salts', () => {
    const a = newSalt();
    expect(a).toHaveLength(32);
    expect(a.equals(newSalt())).toBe(false);
  });
});
