import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { entryLine, entryLineSpans } from './entry-line';
import { ExportEntry } from './export-format';

const entry: ExportEntry = {
  kind: 'entry',
  index: 41,
  leaf: Buffer.from('{"v":1}').toString('base64'),
  payload: { z: 1, a: { salt: 'x', payload: [1, 'два', null] }, '10': true, '2': false },
  salt: Buffer.alloc(32, 7).toString('base64'),
  leafHash: 'ab'.repeat(32),
};

describe('entry lines', () => {
  it('read back as the same record with any JSON reader', () => {
    expect(JSON.parse(entryLine(entry))).toEqual(entry);
  });

  it('carry the payload as its canonical text, found between the fixed head and tail', () => {
    const line = Buffer.from(entryLine(entry), 'utf8');
    const spans = entryLineSpans(line, 0, line.length)!;
    const text = (from: number, to: number) => line.toString('utf8', from, to);
    expect(spans.index).toBe(41);
    expect(text(spans.leafStart, spans.leafEnd)).toBe(entry.leaf);
    expect(text(spans.payloadStart, spans.payloadEnd)).toBe(canonicalJson(entry.payload));
    expect(text(spans.saltStart, spans.saltStart + 44)).toBe(entry.salt);
    expect(text(spans.leafHashStart, spans.leafHashStart + 64)).toBe(entry.leafHash);
  });

  it("are found within a larger buffer, by the line's own bounds", () => {
    const line = entryLine(entry);
    const bytes = Buffer.from(`{"kind":"header"}\n${line}\n{"kind":"checkpoint"}`, 'utf8');
    const start = bytes.indexOf('\n') + 1;
    const end = bytes.lastIndexOf('\n');
    expect(entryLineSpans(bytes, start, end)?.index).toBe(41);
    expect(entryLineSpans(bytes, start, end + 1)).toBeUndefined();
    expect(entryLineSpans(bytes, start, end - 1)).toBeUndefined();
  });

  it('leave every other shape to the JSON reader', () => {
    const spans = (line: string) => {
      const bytes = Buffer.from(line, 'utf8');
      return entryLineSpans(bytes, 0, bytes.length);
    };
    const line = entryLine(entry);
    expect(spans(line)).toBeDefined();
    expect(spans(line.replace('"index":41,', ''))).toBeUndefined();
    expect(spans(entryLine({ ...entry, payload: null, salt: null }))).toBeUndefined();
    expect(spans(line.replace('"kind":"entry","index":41', '"index":41,"kind":"entry"'))).toBeUndefined();
    expect(spans(`${line} `)).toBeUndefined();
    expect(spans(line.replace(/,"leafHash":"[0-9a-f]+"/, ''))).toBeUndefined();
    expect(spans(line.replace('"index":41', '"index":041'))).toBeUndefined();
    expect(spans(line.replace('"index":41', '"index":12345678901234567'))).toBeUndefined();
    expect(spans(line.replace('"index":41', '"index":9007199254740993'))).toBeUndefined();
    expect(spans(line.replace(entry.leafHash!, 'AB'.repeat(32)))).toBeUndefined();
    expect(spans(line.replace(entry.salt!, `${entry.salt!.slice(0, -2)}==`))).toBeUndefined();
    expect(spans(line.replace(entry.leaf, `${entry.leaf}"`))).toBeUndefined();
    expect(spans(line.replace('"payload":{', '"payload" :{'))).toBeUndefined();
  });
});
