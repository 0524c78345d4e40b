import { parentPort } from 'node:worker_threads';
import { InspectedLine, inspectBlock } from './entry-inspection';

// The worker side of WorkerInspectionPool: inspects each block it is sent and posts the result
// back, with leaf hashes and merged subtree hashes packed into one transferred buffer (hash i at
// bytes 32i..32i+31, the entry holding i), because cloning one small buffer per entry costs the
// receiving thread more than the rest of the message.
function pack(lines: InspectedLine[]): Uint8Array {
  const entries = lines.flatMap((line) => ('entry' in line ? [line.entry] : []));
  const hashes = new Uint8Array(entries.length * 64);
  entries.forEach((entry, position) => {
    hashes.set(entry.hash, position * 64);
    (entry as { hash: unknown }).hash = position * 2;
    if (!entry.merged) return;
    hashes.set(entry.merged.hash, position * 64 + 32);
    (entry.merged as { hash: unknown }).hash = position * 2 + 1;
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
