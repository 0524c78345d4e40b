import { whileRefused } from './while-refused';

const refusal = () => Object.assign(new Error('remaining connection slots are reserved'), { code: '53300' });

/** A clock that moves only when the wait sleeps. */
function manualTime() {
  let now = 0;
  const slept: number[] = [];
  return { now: () => now, sleep: async (ms: number) => void (slept.push(ms), (now += ms)), slept };
}

describe('a step of the start that the database refuses', () => {
  it('is tried again after each refusal and gives what its successful try gives', async () => {
    const time = manualTime();
    const answers: (Error | string)[] = [refusal(), refusal(), 'migrated'];
    const result = await whileRefused(
      async () => {
        const answer = answers.shift()!;
        if (answer instanceof Error) throw answer;
        return answer;
      },
      { budgetMs: 60_000, ...time },
    );
    expect(result).toBe('migrated');
    expect(time.slept).toEqual([250, 500]);
  });

  it('fails at once on anything but a refusal', async () => {
    const time = manualTime();
    const broken = Object.assign(new Error('relation "intake.requests" does not exist'), { code: '42P01' });
    let tries = 0;
    await expect(
      whileRefused(
        async () => {
          tries += 1;
          throw broken;
        },
        { budgetMs: 60_000, ...time },
      ),
    ).rejects.toBe(broken);
    expect(tries).toBe(1);
    expect(time.slept).toEqual([]);
  });

  it('fails with the last refusal once its budget is spent, never sleeping past it', async () => {
    const time = manualTime();
    const refusals: Error[] = [];
    const failure = whileRefused(
      async () => {
        refusals.push(refusal());
        throw refusals.at(-1);
      },
      { budgetMs: 3_000, ...time },
    );
    const thrown = await failure.catch((error: unknown) => error);
    expect(thrown).toBe(refusals.at(-1));
    expect(time.slept).toEqual([250, 500, 1_000]);
    expect(time.now()).toBeLessThanOrEqual(3_000);
  });
});
