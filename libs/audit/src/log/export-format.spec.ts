import { Readable } from 'node:stream';
import { parseNdjson, splitLines } from './export-format';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('NDJSON reading', () => {
  it('splits lines across chunk boundaries, CRLF included, and keeps a last line without newline', async () => {
    const chunks = ['{"a":', '1}\r\n{"b"', ':2}\n\n{"c":3}'];
    expect(await collect(splitLines(Readable.from(chunks)))).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
  });

  it('decodes UTF-8 split inside a character', async () => {
    const bytes = Buffer.from('{"name":"Қазақстан"}\n', 'utf8');
    const chunks = [bytes.subarray(0, 10), bytes.subarray(10, 11), bytes.subarray(11)];
    expect(await collect(parseNdjson(splitLines(Readable.from(chunks))))).toEqual([{ name: 'Қазақстан' }]);
  });

  it('skips blank lines and marks a line that is not JSON with its number', async () => {
    expect(await collect(parseNdjson(['{"a":1}', '', 'nope', '2']))).toEqual([
      { a: 1 },
      { kind: 'unparseable', line: 3, error: expect.any(String) },
      2,
    ]);
  });
});
