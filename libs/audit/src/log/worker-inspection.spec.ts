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
  const count = lines.length;
  const result = {
    entries: count,
    indexes: Float64Array.from(lines, (_, offset) => firstLine + offset),
    hashes: new Uint8Array(64 * count).map((_, at) => Math.floor(at / 32)),
    heights: Uint8Array.from(lines, (_, offset) => (offset === 1 ? 1 : 0)),
    erased: new Uint8Array(count),
    origins: Int32Array.from(lines, (_, offset) => offset),
    requestIds: new Int32Array(count).fill(-1),
    previousLeaves: new Int32Array(count).fill(-1),
    texts: lines,
    others: [],
  };
  setTimeout(() => parentPort.postMessage({ id, result }, [result.hashes.buffer]), delay);
});
`;

describe('WorkerInspectionPool', () => {
  const script = { code: STAND_IN };

  it('answers each batch with its own results, columns as typed arrays', async () => {
    const pool = new WorkerInspectionPool(2, script);
    try {
      const [slow, fast] = await Promise.all([pool.inspect(Buffer.from('slow\nb'), 1), pool.inspect(Buffer.from('c'), 3)]);
      expect(Array.from(slow.indexes)).toEqual([1, 2]);
      expect(Array.from(slow.origins, (position) => slow.texts[position])).toEqual(['slow', 'b']);
      expect(Array.from(fast.indexes)).toEqual([3]);
      expect(slow.hashes).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(slow.hashes.subarray(64, 96))).toEqual(Buffer.alloc(32, 2));
      expect(Buffer.from(slow.hashes.subarray(96, 128))).toEqual(Buffer.alloc(32, 3));
      expect(Array.from(slow.heights)).toEqual([0, 1]);
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
