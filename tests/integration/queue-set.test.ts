import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { QUEUE_ROLE, QueueSet, QueueSettings } from '@qaztech/platform';
import { eventually } from '../support/fixtures';

/**
 * A process sends to several queues: with the queues in PostgreSQL, they share one small pool,
 * so the server's connections go to work, not to a pool per queue. A login role of the test's
 * own, a member of the queue role, tells the set's connections from any other.
 */
describe('a set of queues in PostgreSQL', () => {
  const role = `qtx_set_${randomUUID().slice(0, 8)}`;
  const names = Array.from({ length: 5 }, (_, index) => `set-${index}-${randomUUID()}`);
  let owner: Client;
  let queues: QueueSet | undefined;

  const connectionsOfRole = async (): Promise<number> => {
    const { rows } = await owner.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1', [role]);
    return rows[0]!.n;
  };

  beforeAll(async () => {
    owner = new Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    await owner.query(`CREATE ROLE ${role} LOGIN IN ROLE ${QUEUE_ROLE}`);
  });

  afterAll(async () => {
    await queues?.close();
    await owner.query(`REASSIGN OWNED BY ${role} TO CURRENT_USER`);
    await owner.query(`DROP OWNED BY ${role}`);
    await owner.query(`DROP ROLE IF EXISTS ${role}`);
    await owner.end();
  });

  it('keeps the jobs of each queue apart over at most two connections, and gives them back on close', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.username = role;
    url.password = '';
    const settings: QueueSettings = { kind: 'postgres', redisUrl: '', prefix: '', postgresUrl: url.toString() };
    queues = new QueueSet(settings, () => {
      throw new Error('the queues are in PostgreSQL');
    });

    await Promise.all(
      names.map((name, index) =>
        queues!
          .get(name)
          .addBulk(Array.from({ length: index + 1 }, (_, job) => ({ name: 'probe', data: { job }, opts: { jobId: `job-${job}` } }))),
      ),
    );
    const counts = await Promise.all(names.map((name) => queues!.get(name).getJobCountByTypes('waiting')));

    expect(counts).toEqual([1, 2, 3, 4, 5]);
    expect(queues.names()).toEqual(names);
    expect(await connectionsOfRole()).toBeLessThanOrEqual(2);
    for (const name of names) await queues.get(name).obliterate({ force: true });
    await queues.close();
    queues = undefined;
    await eventually(async () => ((await connectionsOfRole()) === 0 ? true : undefined));
  });
});
