import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InspectedBlock } from './inspected-block';
import { InspectionPool } from './verifier';

type Pending = { resolve(block: InspectedBlock): void; reject(error: Error): void };
type Answer = { id: number; result?: InspectedBlock; error?: string };

/**
 * Inspects batches in worker threads, so decoding, hashing and payload commitments use every
 * core while the calling thread keeps to the ordered checks. It needs the compiled worker
 * script next to this file, which exists in the built output (not under a TypeScript loader).
 */
export class WorkerInspectionPool implements InspectionPool {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure?: Error;

  static readonly script = join(__dirname, 'inspection-worker.js');

  static available(): boolean {
    return existsSync(WorkerInspectionPool.script);
  }

  /** Default size: one worker per core beyond the calling thread's, and at least two. */
  constructor(
    size = Math.max(2, availableParallelism() - 1),
    private readonly source: { path: string } | { code: string } = { path: WorkerInspectionPool.script },
  ) {
    this.workers = Array.from({ length: size }, () => this.start());
  }

  inspect(block: Buffer, firstLine: number): Promise<InspectedBlock> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage({ id, block, firstLine }, transferable(block));
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private start(): Worker {
    const worker = 'code' in this.source ? new Worker(this.source.code, { eval: true }) : new Worker(this.source.path);
    worker.on('message', (answer: Answer) => this.settle(answer));
    worker.on('error', (error) => this.abort(error));
    return worker;
  }

  private settle({ id, result, error }: Answer): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (!pending) return;
    if (!result) return pending.reject(new Error(error ?? 'inspection failed'));
    pending.resolve(result);
  }

  private abort(error: Error): void {
    this.failure = error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** The block's memory moves to the worker when the block is all of it; otherwise it is copied. */
function transferable(block: Buffer): ArrayBuffer[] {
  const whole = block.byteOffset === 0 && block.byteLength === block.buffer.byteLength && block.buffer instanceof ArrayBuffer;
  return whole ? [block.buffer as ArrayBuffer] : [];
}
