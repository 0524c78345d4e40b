import { EventEmitter, once } from 'node:events';
import { DataSource, EntityManager } from 'typeorm';
import { DatabaseSessionLostError, inTransaction, isDependencyUnavailable, loadPlatformConfig, preparedQuery } from '@qaztech/platform';

/** The pg client a transaction holds: where the driver reports a session the server ended. */
function connectionOf(manager: EntityManager): EventEmitter {
  return (manager.queryRunner as unknown as { databaseConnection: EventEmitter }).databaseConnection;
}

describe('a transaction whose database session ends while it holds it', () => {
  const table = `session_lost_${process.pid}`;
  let dataSource: DataSource;
  let owner: DataSource;

  beforeAll(async () => {
    const { DATABASE_URL } = loadPlatformConfig();
    dataSource = await new DataSource({ type: 'postgres', url: DATABASE_URL, poolSize: 2 }).initialize();
    owner = await new DataSource({ type: 'postgres', url: DATABASE_URL, poolSize: 1 }).initialize();
    await owner.query(`CREATE TABLE public.${table} (note text NOT NULL)`);
  });

  afterAll(async () => {
    await owner.query(`DROP TABLE public.${table}`);
    await dataSource.destroy();
    await owner.destroy();
  });

  /** Ends the transaction's session from outside, as the server does under load, and waits until the driver has seen it. */
  async function endSessionOf(manager: EntityManager): Promise<void> {
    const [{ pid }] = await manager.query('SELECT pg_backend_pid() AS pid');
    const reported = once(connectionOf(manager), 'error');
    await owner.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
    await reported;
  }

  it.each([
    ['a TypeORM statement', (manager: EntityManager) => manager.query('SELECT 1')],
    ['a prepared statement', (manager: EntityManager) => preparedQuery(manager, 'session_lost_probe', 'SELECT 1', [])],
  ])('reports a lost session, which callers may retry, when %s comes next; nothing it wrote stays', async (statement, nextStatement) => {
    const note = `lost before ${statement}`;
    const failure = await inTransaction(dataSource, async (manager) => {
      await manager.query(`INSERT INTO public.${table} (note) VALUES ($1)`, [note]);
      await endSessionOf(manager);
      await nextStatement(manager);
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(DatabaseSessionLostError);
    expect((failure as DatabaseSessionLostError).cause).toMatchObject({ code: '57P01' }); // admin_shutdown: the server ended it
    expect(isDependencyUnavailable(failure)).toBe(true);
    expect(await owner.query(`SELECT note FROM public.${table} WHERE note = $1`, [note])).toEqual([]);
    // The pool replaced the ended connection: the next transaction works.
    await expect(inTransaction(dataSource, (manager) => manager.query('SELECT 1 AS one'))).resolves.toEqual([{ one: 1 }]);
  });

  it('leaves a runner used after its own release a plain error, a bug and not a reason to retry', async () => {
    const failure = await inTransaction(dataSource, async (manager) => {
      await manager.queryRunner!.release();
      await manager.query('SELECT 1');
    }).catch((error: unknown) => error);

    expect(failure).not.toBeInstanceOf(DatabaseSessionLostError);
    expect((failure as Error).name).toMatch(/AlreadyReleasedError$/);
    expect(isDependencyUnavailable(failure)).toBe(false);
  });

  it('keeps what the work itself throws after its session ended: a refusal of the request stays that refusal', async () => {
    class RequestRefused extends Error {}
    const failure = await inTransaction(dataSource, async (manager) => {
      await endSessionOf(manager);
      throw new RequestRefused('the request itself is wrong');
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(RequestRefused);
    expect(isDependencyUnavailable(failure)).toBe(false);
  });
});
