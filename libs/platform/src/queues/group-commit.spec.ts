import { GroupCommit, ItemOutcome } from './group-commit';

/** A group handler the test finishes by hand, recording each group it was given. */
function controlledHandler() {
  const groups: number[][] = [];
  const finishers: ((outcomes: ItemOutcome<string>[] | Error) => void)[] = [];
  const handle = (items: number[]): Promise<ItemOutcome<string>[]> => {
    groups.push(items);
    return new Promise((resolve, reject) => {
      finishers.push((outcomes) => (outcomes instanceof Error ? reject(outcomes) : resolve(outcomes)));
    });
  };
  const ok = (items: number[]): ItemOutcome<string>[] => items.map((item) => ({ ok: true, value: `done ${item}` }));
  return { groups, finishers, handle, ok };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('starts items submitted in the same turn together', async () => {
    const handler = controlledHandler();
    const groups = new GroupCommit(10, handler.handle);
    const results = [1, 2, 3].map((item) => groups.submit(item));
    await turn();
    expect(handler.groups).toEqual([[1, 2, 3]]);
    handler.finishers[0]!(handler.ok([1, 2, 3]));
    await expect(Promise.all(results)).resolves.toEqual(['done 1', 'done 2', 'done 3']);
  });

  it('holds what arrives during a group for the next one, and settles nobody before their own group is done', async () => {
    const handler = controlledHandler();
    const groups = new GroupCommit(10, handler.handle);
    const first = groups.submit(1);
    await turn();
    const later = [2, 3].map((item) => groups.submit(item));
    await turn();
    expect(handler.groups).toEqual([[1]]);
    expect(groups.backlog).toBe(2);
    const settled: string[] = [];
    void later[0]!.then((value) => settled.push(value));
    handler.finishers[0]!(handler.ok([1]));
    await expect(first).resolves.toBe('done 1');
    await turn();
    expect(handler.groups).toEqual([[1], [2, 3]]);
    expect(settled).toEqual([]);
    handler.finishers[1]!(handler.ok([2, 3]));
    await expect(Promise.all(later)).resolves.toEqual(['done 2', 'done 3']);
  });

  it('never hands over more than its limit at once', async () => {
    const handler = controlledHandler();
    const groups = new GroupCommit(2, handler.handle);
    const results = [1, 2, 3, 4, 5].map((item) => groups.submit(item));
    await turn();
    handler.finishers[0]!(handler.ok([1, 2]));
    await turn();
    handler.finishers[1]!(handler.ok([3, 4]));
    await turn();
    handler.finishers[2]!(handler.ok([5]));
    await Promise.all(results);
    expect(handler.groups).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('fails only the items whose outcome is an error', async () => {
    const handler = controlledHandler();
    const groups = new GroupCommit(10, handler.handle);
    const results = [1, 2, 3].map((item) => groups.submit(item));
    await turn();
    const refused = new Error('refused 2');
    handler.finishers[0]!([
      { ok: true, value: 'done 1' },
      { ok: false, error: refused },
      { ok: true, value: 'done 3' },
    ]);
    const settled = await Promise.allSettled(results);
    expect(settled).toEqual([
      { status: 'fulfilled', value: 'done 1' },
      { status: 'rejected', reason: refused },
      { status: 'fulfilled', value: 'done 3' },
    ]);
  });

  it('fails every item of a group whose handling throws, and goes on with the next group', async () => {
    const handler = controlledHandler();
    const groups = new GroupCommit(10, handler.handle);
    const failing = [1, 2].map((item) => groups.submit(item));
    await turn();
    const next = groups.submit(3);
    const commitLost = new Error('commit lost');
    handler.finishers[0]!(commitLost);
    const settled = await Promise.allSettled(failing);
    expect(settled.map((result) => result.status === 'rejected' && result.reason)).toEqual([commitLost, commitLost]);
    await turn();
    handler.finishers[1]!(handler.ok([3]));
    await expect(next).resolves.toBe('done 3');
  });

  it('fails the group when the handler answers for the wrong number of items', async () => {
    const groups = new GroupCommit<number, string>(10, async () => [{ ok: true, value: 'one' }]);
    const settled = await Promise.allSettled([groups.submit(1), groups.submit(2)]);
    expect(settled.every((result) => result.status === 'rejected')).toBe(true);
  });

  it('starts again after it has been idle', async () => {
    const groups = new GroupCommit<number, number>(10, async (items) => items.map((item) => ({ ok: true, value: item * 2 })));
    await expect(groups.submit(1)).resolves.toBe(2);
    await expect(groups.submit(2)).resolves.toBe(4);
  });

  it('refuses a limit that holds nothing', () => {
    expect(() => new GroupCommit(0, async () => [])).toThrow(/at least one/);
  });
});
