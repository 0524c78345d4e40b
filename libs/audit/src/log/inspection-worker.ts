import { parentPort } from 'node:worker_threads';
import { InspectedLine, inspectBlock } from './entry-inspection';

// The worker side of WorkerInspectionPool: inspects each block it is sent and posts the result
// back, with the leaf hashes packed into one transferred buffer (hash i at bytes 32i..32i+31, the
// entry holding i), because cloning one small buffer per entry costs the receiving thread more
// than the rest of the message.
function pack(lines: InspectedLine[]): Uint8Array {
  const entries = lines.filter((line) => 'entry' in line);
  const hashes = new Uint8Array(entries.length * 32);
  entries.forEach((line, position) => {
    hashes.set(line.entry.hash, position * 32);
    (line.entry as { hash: unknown }).hash = position;
  });
  return hashes;
}

parentPort?.on('message', ({ id, block, firstLine }: { id: number; block: Uint8Array; firstLine: number }) => {
  try {
    const result = inspectBlock(block, firstLine);
    const hashes = pack(result);
    parentPort!.postMessage({ id, result, hashes }, [hashes.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
