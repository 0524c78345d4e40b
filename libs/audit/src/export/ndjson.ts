/** One JSON document per line, batched so a large export is not a million tiny writes. */
export async function* toNdjson(records: AsyncIterable<unknown>, linesPerChunk = 500): AsyncGenerator<string> {
  let chunk: string[] = [];
  for await (const record of records) {
    chunk.push(JSON.stringify(record));
    if (chunk.length >= linesPerChunk) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}
