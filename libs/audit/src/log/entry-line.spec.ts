import { canonicalJson } from '../../../platform/src/util/canonical-json';
import { entryLine, entryLineParts } from './entry-line';
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
    const parts = entryLineParts(entryLine(entry));
    expect(parts).toEqual({
      index: 41,
      leaf: entry.leaf,
      payloadText: canonicalJson(entry.payload),
      salt: entry.salt,
      leafHash: entry.leafHash,
    });
  });

  it('leave every other shape to the JSON reader', () => {
    const line = entryLine(entry);
    expect(entryLineParts(line.replace('"index":41,', ''))).toBeUndefined();
    expect(entryLineParts(entryLine({ ...entry, payload: null, salt: null }))).toBeUndefined();
    expect(entryLineParts(line.replace('"kind":"entry","index":41', '"index":41,"kind":"entry"'))).toBeUndefined();
    expect(entryLineParts(`${line} `)).toBeUndefined();
    expect(entryLineParts(line.replace(/,"leafHash":"[0-9a-f]+"/, ''))).toBeUndefined();
  });
});
