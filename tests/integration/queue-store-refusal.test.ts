import { randomUUID } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { Client } from 'pg';
import { openQueue, QUEUE_ROLE, QueueSettings, RunningWorker, startWorker } from '@qaztech/platform';

/**
 * The queues in PostgreSQL when the server refuses connections (its slots all taken, as when
 * other services hold them): the worker must take its jobs once it is let in, not keep failing
 * on the refusal it met first. A login role of the test's own, a member of the queue role, is
 * refused by its connection limit until the test lifts it.
 */
describe('queues in PostgreSQL after the server refused their connections', () => {
  const role = `qtx_refused_${randomUUID().slice(0, 8)}`;
  const queueName = `refusal-${randomUUID()}`;
  let owner: Client;
  let worker: RunningWorker | undefined;
  let queue: Queue | undefined;

  beforeAll(async () => {
    owner = new Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    await owner.query(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 0 IN ROLE ${QUEUE_ROLE}`);
  });

  afterAll(async () => {
    await worker?.stop();
    await queue?.close();
    // What the role came to own or be granted in the test database goes before the role does.
    await owner.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`);
    await owner.query(`DROP OWNED BY ${role}`);
    await owner.query(`DROP ROLE IF EXISTS ${role}`);
    await owner.end();
  });

  it('takes its jobs once the server lets it in, though its first connections were refused', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.username = role;
    url.password = '';
    const settings: QueueSettings = { kind: 'postgres', redisUrl: '', prefix: '', postgresUrl: url.toString() };
    let taken: (data: unknown) => void = () => undefined;
    const firstJob = new Promise((resolve) => (taken = resolve));
    worker = startWorker(settings, queueName, async (job: Job) => taken(job.data), { concurrency: 1 });
    const errors: Error[] = [];
    const refused = new Promise<Error>((resolve) =>
      worker!.worker.on('error', (error) => {
        errors.push(error);
        resolve(errors[0]!);
      }),
    );
    expect((await refused).message).toMatch(/too many connections for role/);

    await owner.query(`ALTER ROLE ${role} CONNECTION LIMIT -1`);
    queue = openQueue(settings, queueName, () => {
      throw new Error('the queues are in PostgreSQL');
    });
    await queue.add('probe', { attempt: 'after the refusal' });

    await expect(firstJob).resolves.toEqual({ attempt: 'after the refusal' });
  });
});
