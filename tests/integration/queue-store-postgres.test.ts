import { ContextMessaging } from '@qaztech/platform';
import { AuditMessaging } from '../../libs/audit/src/shared/audit-outbox';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';

jest.setTimeout(90_000);

/**
 * What Redis did besides the queues, done by the queue schema when the queues are in PostgreSQL
 * (QUEUE_BACKEND=postgres): the rate limiter's counters, and the identity whose change makes the
 * relays publish again what the store lost.
 */
describe('the queue store on PostgreSQL', () => {
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    database = await createOwnDatabase();
  });

  afterAll(async () => {
    await database.drop();
  });

  describe('rate limits', () => {
    let testApp: TestApp;
    let api: Api;

    beforeAll(async () => {
      testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_BACKEND: 'postgres', RATE_LIMIT_WRITE: '2' });
      api = apiClient(testApp.baseUrl);
    });

    afterAll(async () => {
      await testApp.close();
    });

    it('counts a user’s writes in the queue schema and refuses the one past the limit', async () => {
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin(), subject: 'pg-rate-limited' });
      const create = () => api('POST', '/requests', { token, body: { system: { titleRu: 'Счётчик' } } });
      expect((await create()).status).toBe(201);
      expect((await create()).status).toBe(201);
      const refused = await create();
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const [counter] = await testApp.owner.query(
        "SELECT max(count)::int AS highest FROM queues.request_counters WHERE key LIKE 'write:%'",
      );
      expect(counter).toEqual({ highest: 3 });
    });
  });

  describe('a queue store reset', () => {
    let testApp: TestApp;
    let api: Api;

    beforeAll(async () => {
      testApp = await startTestApp({ DATABASE_URL: database.url, QUEUE_BACKEND: 'postgres' });
      api = apiClient(testApp.baseUrl);
    });

    afterAll(async () => {
      await testApp.close();
    });

    it('makes the relays publish again what the reset store held, and the ledger gets every event once', async () => {
      const messaging = testApp.app.get(AuditMessaging) as ContextMessaging;
      await messaging.consumer.stop();
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() });
      for (let i = 0; i < 3; i += 1) {
        expect((await api('POST', '/requests', { token, body: { system: { titleRu: `Сброс ${i}` } } })).status).toBe(201);
      }
      await eventually(async () => {
        const [row] = await testApp.owner.query('SELECT count(*)::int AS count FROM intake.outbox WHERE published_at IS NULL');
        return row.count === 0 ? true : undefined;
      });
      const [before] = await testApp.owner.query('SELECT epoch FROM queues.store_identity');
      // Every job gone, and the identity with them: what a Redis restarted empty looks like.
      await testApp.owner.query('TRUNCATE queues.job, queues.job_log, queues.job_dependency, queues.store_identity CASCADE');
      messaging.consumer.start();

      const intakeEvents = await eventually(async () => {
        const outbox: { event_id: string }[] = await testApp.owner.query('SELECT event_id FROM intake.outbox ORDER BY sequence');
        const ledger: { event_id: string }[] = await testApp.owner.query(
          "SELECT event_id FROM audit.entries WHERE source = 'intake' ORDER BY index",
        );
        return ledger.length === outbox.length ? ledger : undefined;
      }, 45_000);
      expect(new Set(intakeEvents.map((row) => row.event_id)).size).toBe(intakeEvents.length);
      const [after] = await testApp.owner.query('SELECT epoch FROM queues.store_identity');
      expect(after.epoch).not.toBe(before.epoch);
      const [head] = await testApp.owner.query('SELECT redis_epoch FROM intake.outbox_head');
      expect(head.redis_epoch).toBe(after.epoch);
    });
  });
});
