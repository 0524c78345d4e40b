import { parentPort } from 'node:worker_threads';
import { inspectBlock } from './entry-inspection';
import { blockTransferList } from './inspected-block';

// The worker side of WorkerInspectionPool: inspects each block it is sent and posts the result
// back, its columns transferred rather than copied.
parentPort?.on('message', ({ id, block, firstLine }: { id: number; block: Uint8Array; firstLine: number }) => {
  try {
    const result = inspectBlock(block, firstLine);
    parentPort!.postMessage({ id, result }, blockTransferList(result));
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
