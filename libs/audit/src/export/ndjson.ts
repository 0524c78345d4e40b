import { entryLine, ExportEntry, recordKind } from '../log';

/**
 * One JSON document per line, batched so a large export is not a million tiny writes. Entries
 * are written in their fixed shape with canonical payloads, which the verifier hashes as they stand.
 */
export async function* toNdjson(records: AsyncIterable<unknown>, linesPerChunk = 500): AsyncGenerator<string> {
  let chunk: string[] = [];
  for await (const record of records) {
    chunk.push(recordKind(record) === 'entry' ? entryLine(record as ExportEntry) : JSON.stringify(record));
    if (chunk.length >= linesPerChunk) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
}
