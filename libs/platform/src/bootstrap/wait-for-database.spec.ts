import { waitForDatabase } from './wait-for-database';

const refusal = () => Object.assign(new Error('sorry, too many clients already'), { code: '53300' });

/** A clock that moves only when the wait sleeps. */
function manualTime() {
  let now = 0;
  const slept: number[] = [];
  return { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)), slept };
}

describe('waiting for the database at start', () => {
  it('tries again after each refusal, waiting longer each time, until the server lets it in', async () => {
    const time = manualTime();
    const answers = [refusal(), refusal(), refusal(), undefined];
    const refused: number[] = [];
    await waitForDatabase('postgres://db', {
      budgetMs: 60_000,
      ...time,
      connect: async () => {
        const answer = answers.shift();
        if (answer) throw answer;
      },
      onRefused: (_error, retryInMs) => refused.push(retryInMs),
    });
    expect(time.slept).toEqual([250, 500, 1_000]);
    expect(refused).toEqual([250, 500, 1_000]);
    expect(answers).toEqual([]);
  });

  it('gives up with the last refusal once its budget is spent', async () => {
    const time = manualTime();
    const last = refusal();
    await expect(waitForDatabase('postgres://db', { budgetMs: 10_000, ...time, connect: async () => Promise.reject(last) })).rejects.toBe(
      last,
    );
    expect(time.slept.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(10_000);
  });

  it('leaves any other error to the start that follows, at once', async () => {
    const time = manualTime();
    const missing = Object.assign(new Error('database "qtx" does not exist'), { code: '3D000' });
    await expect(
      waitForDatabase('postgres://db', { budgetMs: 60_000, ...time, connect: async () => Promise.reject(missing) }),
    ).resolves.toBeUndefined();
    expect(time.slept).toEqual([]);
  });
});
