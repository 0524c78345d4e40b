import { Readable } from 'node:stream';
import { countLines, parseNdjson, splitBlocks, splitLines } from './export-format';

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

  it('cuts blocks at line ends only, each owning its memory', async () => {
    const text = Array.from({ length: 50 }, (_, index) => `{"line":"${'ә'.repeat(index % 4)}${index}"}`).join('\n');
    const bytes = Buffer.from(text, 'utf8');
    const blocks = await collect(splitBlocks(Readable.from([bytes.subarray(0, 333), bytes.subarray(333)]), 100));
    expect(blocks.length).toBeGreaterThan(2);
    expect(blocks.slice(0, -1).every((block) => block[block.length - 1] === 0x0a)).toBe(true);
    expect(blocks.every((block) => block.byteOffset === 0 && block.byteLength === block.buffer.byteLength)).toBe(true);
    expect(Buffer.concat(blocks).toString('utf8')).toBe(text);
    expect(blocks.map(countLines).reduce((sum, count) => sum + count, 0)).toBe(50);
  });

  it('keeps lines whole however the stream is cut, a line across several chunks included', async () => {
    const lines = Array.from({ length: 40 }, (_, index) => `{"n":${index},"text":"${'қ'.repeat(index * 7)}"}`);
    const bytes = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
    for (const cut of [1, 7, 64, 500]) {
      // Plain Uint8Arrays, as a fetch body gives them, not Buffers.
      const chunks = Array.from({ length: Math.ceil(bytes.length / cut) }, (_, index) =>
        Uint8Array.from(bytes.subarray(index * cut, (index + 1) * cut)),
      );
      const blocks = await collect(splitBlocks(Readable.from(chunks), 128));
      expect(blocks.every((block) => block[block.length - 1] === 0x0a)).toBe(true);
      expect(Buffer.concat(blocks).equals(bytes)).toBe(true);
    }
  });

  it('counts a last line without newline', () => {
    expect(countLines(Buffer.from('a\nb\n'))).toBe(2);
    expect(countLines(Buffer.from('a\nb'))).toBe(2);
  });
});
