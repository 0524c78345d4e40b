import { parentPort } from 'node:worker_threads';
import { inspectLines } from './entry-inspection';

// The worker side of WorkerInspectionPool: inspects each batch it is sent and posts it back.
parentPort?.on('message', ({ id, lines, firstLine }: { id: number; lines: string[]; firstLine: number }) => {
  try {
    parentPort!.postMessage({ id, result: inspectLines(lines, firstLine) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
