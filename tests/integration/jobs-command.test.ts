import { randomBytes } from 'node:crypto';
import { INTAKE_EVENT_QUEUE } from '@qaztech/intake';
import { REGISTRY_EVENT_QUEUE } from '@qaztech/registry';
import { main } from '../../tools/jobs-command';
import { startTestApp, TestApp } from '../support/app';
import { createOwnDatabase } from '../support/own-database';
import { openTestQueueEvents } from '../support/test-queue';
import { deadLetterOn, UNHANDLED_EVENT_TYPE } from '../support/failed-jobs';

jest.setTimeout(60_000);

/** An operator's round: list the dead jobs, look at one, send it again, then all of them. */
describe('npm run jobs -- list | show | redrive', () => {
  let testApp: TestApp;
  let database: { url: string; drop(): Promise<void> };
  let env: NodeJS.ProcessEnv;
  let intakeJob: string;
  let registryJob: string;

  async function run(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const status = await main(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      env,
    });
    return { status, stdout, stderr };
  }

  /** Resolves when the running consumer has failed `jobId` once more: it took the job again. */
  async function failedAgain(queue: string, jobId: string, act: () => Promise<unknown>): Promise<void> {
    const events = openTestQueueEvents(testApp.config, queue);
    await events.waitUntilReady();
    try {
      const failed = new Promise<void>((resolve) => events.on('failed', ({ jobId: id }) => id === jobId && resolve()));
      await act();
      await failed;
    } finally {
      await events.close();
    }
  }

  beforeAll(async () => {
    // Queues of its own: a prefix of its own on Redis, a database of its own on PostgreSQL.
    database = await createOwnDatabase();
    testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_PREFIX: `jobs-${randomBytes(3).toString('hex')}` });
    env = { ...process.env, DATABASE_URL: database.url, REDIS_URL: testApp.config.REDIS_URL, QUEUE_PREFIX: testApp.config.QUEUE_PREFIX };
    intakeJob = await deadLetterOn(testApp, INTAKE_EVENT_QUEUE);
    registryJob = await deadLetterOn(testApp, REGISTRY_EVENT_QUEUE);
  });

  afterAll(async () => {
    await testApp.close();
    await database.drop();
  });

  it('explains itself, and says why redriving is safe', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/idempotent/);
    expect(help.stdout).toContain('--dry-run');
    expect((await run([])).status).toBe(2);
  });

  it('refuses a wrong call with exit status 2 and the usage', async () => {
    for (const argv of [['purge'], ['list', '--queue', 'events.nowhere'], ['redrive'], ['redrive', intakeJob, '--all'], ['show']]) {
      const answer = await run(argv);
      expect({ argv, status: answer.status }).toEqual({ argv, status: 2 });
      expect(answer.stderr).toMatch(/^error: .+\n\nList, inspect and redrive/);
    }
  });

  it('lists every failed job with its queue and reason', async () => {
    const listed = await run(['list']);
    expect(listed.status).toBe(0);
    const rows = listed.stdout.trim().split('\n');
    expect(rows.at(-1)).toBe('2 failed jobs');
    expect(rows).toContainEqual(
      expect.stringMatching(new RegExp(`^${INTAKE_EVENT_QUEUE}\\t${intakeJob}\\t.*No handler for ${UNHANDLED_EVENT_TYPE}`)),
    );
    expect(rows).toContainEqual(expect.stringMatching(new RegExp(`^${REGISTRY_EVENT_QUEUE}\\t${registryJob}\\t`)));
    const onlyIntake = await run(['list', '--queue', INTAKE_EVENT_QUEUE]);
    expect(onlyIntake.stdout).not.toContain(registryJob);
    expect(onlyIntake.stdout.trim().split('\n').at(-1)).toBe('1 failed job');
  });

  it('shows one job whole, and fails on an unknown id', async () => {
    const shown = await run(['show', intakeJob]);
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(`queue:     ${INTAKE_EVENT_QUEUE}`);
    expect(shown.stdout).toContain('state:     failed');
    expect(shown.stdout).toContain(`"type": "${UNHANDLED_EVENT_TYPE}"`);
    expect(shown.stdout).toMatch(/stack: {5}Error: No handler/);
    const unknown = await run(['show', 'no-such-job']);
    expect(unknown).toMatchObject({ status: 1, stderr: 'error: no job no-such-job\n' });
  });

  it('redrives one job: a dry run changes nothing, the real one hands it to its consumer again', async () => {
    const dry = await run(['redrive', intakeJob, '--dry-run']);
    expect(dry).toMatchObject({ status: 0, stdout: `would redrive ${INTAKE_EVENT_QUEUE} ${intakeJob}\n` });
    expect((await run(['show', intakeJob])).stdout).toContain('state:     failed');

    await failedAgain(INTAKE_EVENT_QUEUE, intakeJob, async () => {
      const redriven = await run(['redrive', intakeJob]);
      expect(redriven).toMatchObject({ status: 0, stdout: `redriven ${INTAKE_EVENT_QUEUE} ${intakeJob}\n` });
    });
    // Its retries started over: the consumer's one failure is the only attempt counted.
    expect((await run(['show', intakeJob])).stdout).toContain('attempts:  1 of 1');
  });

  it('redrives every failed job of the queues named, with progress', async () => {
    const dry = await run(['redrive', '--all', '--dry-run']);
    expect(dry.stdout.trim().split('\n').at(-1)).toBe('would redrive 2 failed jobs');
    await failedAgain(REGISTRY_EVENT_QUEUE, registryJob, async () => {
      const all = await run(['redrive', '--all', '--queue', REGISTRY_EVENT_QUEUE]);
      expect(all).toMatchObject({ status: 0, stdout: 'redriven 1 failed job\n', stderr: 'redriven 1 of 1\n' });
    });
  });

  it('fails with exit status 1 when the queue named holds no such failed job, or the queues are away', async () => {
    const elsewhere = await run(['redrive', registryJob, '--queue', INTAKE_EVENT_QUEUE]);
    expect(elsewhere).toMatchObject({ status: 1, stderr: `error: no failed job ${registryJob}\n` });
    env = { ...env, REDIS_URL: 'redis://127.0.0.1:1', QUEUE_DATABASE_URL: 'postgres://qaztech_queues:away@127.0.0.1:1/qaztech' };
    const away = await run(['list']);
    expect(away.status).toBe(1);
    const store = testApp.config.QUEUE_BACKEND === 'redis' ? 'Redis' : 'the queues in PostgreSQL';
    expect(away.stderr).toMatch(new RegExp(`^error: cannot reach ${store}`));
  });
});
