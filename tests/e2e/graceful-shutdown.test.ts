import { DataSource } from 'typeorm';
import { loadPlatformConfig } from '@qaztech/platform';
import { tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { apiClient } from '../support/http-client';
import { ServiceProcess, stopAll } from './support/service-process';

jest.setTimeout(120_000);

type Outcome = { kind: 'created'; id: string } | { kind: 'refused'; status: number; code: string } | { kind: 'unreachable' };

/**
 * SIGTERM in the middle of a burst of writes: the service finishes what it accepted, refuses the
 * rest in the API's error body (or no longer listens), and exits 0. Every accepted write is in
 * the database with its event, and the event leaves the outbox once a service runs again.
 */
describe('a service stopped with SIGTERM while it works', () => {
  let intake: ServiceProcess | undefined;
  let restarted: ServiceProcess | undefined;
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource({ type: 'postgres', url: loadPlatformConfig().DATABASE_URL, poolSize: 2 }).initialize();
  });

  afterAll(async () => {
    await stopAll([intake, restarted]);
    await dataSource.destroy();
  });

  it('exits 0 and loses nothing it accepted', async () => {
    intake = await ServiceProcess.start('intake', { LOG_LEVEL: 'warn' });
    const agencyBin = randomBin();
    const token = await tokenFor({ roles: ['agency.submitter'], agencyBin });
    const api = apiClient(intake.url);
    const create = async (n: number): Promise<Outcome> => {
      try {
        const response = await api('POST', '/requests', { token, body: { system: { titleRu: `Черновик ${n}` } }, language: 'en' });
        if (response.status === 201) return { kind: 'created', id: response.body.id };
        return { kind: 'refused', status: response.status, code: response.body.code };
      } catch {
        return { kind: 'unreachable' };
      }
    };
    const burst = Array.from({ length: 40 }, (_, n) => create(n));
    const exit = await Promise.race(burst).then(() => intake!.stop('SIGTERM'));
    const outcomes = await Promise.all(burst);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(intake.output).toMatch(/"msg":"stopped","signal":"SIGTERM"/);
    const refused = outcomes.filter((outcome) => outcome.kind === 'refused');
    expect(refused.filter((outcome) => outcome.status !== 503 || outcome.code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    const created = outcomes.flatMap((outcome) => (outcome.kind === 'created' ? [outcome.id] : []));
    expect(created.length).toBeGreaterThan(0);

    const stored = (await dataSource.query(
      `SELECT r.id FROM intake.requests r JOIN intake.outbox o ON o.aggregate_id = r.id AND o.event_type = 'request.created.v1'
        WHERE r.id = ANY($1::uuid[])`,
      [created],
    )) as unknown[];
    expect(stored).toHaveLength(created.length);

    // Whatever the relay had not moved yet, the next process moves: nothing waits forever.
    restarted = await ServiceProcess.start('intake', { LOG_LEVEL: 'warn' });
    await eventually(async () => {
      const [row] = (await dataSource.query(
        'SELECT count(*)::int AS waiting FROM intake.outbox WHERE aggregate_id = ANY($1::uuid[]) AND published_at IS NULL',
        [created],
      )) as { waiting: number }[];
      return row!.waiting === 0 ? true : undefined;
    }, 30_000);
  });
});
