import { WorkerInspectionPool } from './worker-inspection';

// The real worker script exists only in the built output, so the pool's plumbing is tested with
// a stand-in that speaks the same protocol.
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, block, firstLine }) => {
  const lines = Buffer.from(block).toString().split('\\n');
  if (lines[0] === 'crash') throw new Error('worker crashed');
  if (lines[0] === 'fail') return parentPort.postMessage({ id, error: 'could not inspect' });
  const delay = lines[0] === 'slow' ? 30 : 0;
  const hashes = new Uint8Array(64 * lines.length).map((_, at) => Math.floor(at / 32));
  setTimeout(() => parentPort.postMessage({
    id,
    hashes,
    result: lines.map((line, offset) => ({
      entry: {
        index: firstLine + offset, hash: offset, origin: line, requestId: null, previousRequestLeaf: null, erased: false,
        ...(offset === 1 ? { merged: { hash: lines.length + 1, height: 1 } } : {}),
      },
    })),
  }), delay);
});
`;

describe('WorkerInspectionPool', () => {
  const script = { code: STAND_IN };

  it('answers each batch with its own results, hashes as Buffers', async () => {
    const pool = new WorkerInspectionPool(2, script);
    try {
      const [slow, fast] = await Promise.all([pool.inspect(Buffer.from('slow\nb'), 1), pool.inspect(Buffer.from('c'), 3)]);
      expect(slow.map((line) => ('entry' in line ? [line.entry.index, line.entry.origin] : []))).toEqual([
        [1, 'slow'],
        [2, 'b'],
      ]);
      expect(fast).toHaveLength(1);
      const hash = 'entry' in slow[1]! ? slow[1].entry.hash : undefined;
      expect(Buffer.isBuffer(hash)).toBe(true);
      expect(hash).toEqual(Buffer.alloc(32, 1));
      const merged = 'entry' in slow[1]! ? slow[1].entry.merged : undefined;
      expect(merged).toEqual({ hash: Buffer.alloc(32, 3), height: 1 });
    } finally {
      await pool.close();
    }
  });

  it('rejects a batch the worker could not inspect, and everything once a worker dies', async () => {
    const pool = new WorkerInspectionPool(1, script);
    try {
      await expect(pool.inspect(Buffer.from('fail'), 1)).rejects.toThrow('could not inspect');
      await expect(pool.inspect(Buffer.from('crash'), 1)).rejects.toThrow('worker crashed');
      await expect(pool.inspect(Buffer.from('a'), 1)).rejects.toThrow('worker crashed');
    } finally {
      await pool.close();
    }
  });

  it('looks for the compiled worker script beside itself', () => {
    expect(WorkerInspectionPool.script).toBe(`${__dirname}/inspection-worker.js`);
  });
});
