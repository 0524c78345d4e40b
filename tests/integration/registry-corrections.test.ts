import { randomUUID } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { DataSource } from 'typeorm';
import { Clock } from '@qaztech/platform';
import { DEADLINE_QUEUE, expiryJobId } from '@qaztech/review';
import { RegistryMessaging } from '@qaztech/registry';
import { startTestApp, TestApp } from '../support/app';
import { openTestQueue } from '../support/test-queue';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { Board, board, decideRequest, publishedRecord } from '../support/registry-flow';
import { reviewEvents } from '../support/review-flow';

jest.setTimeout(120_000);

/** What ends a decision (a revocation, an expiry) is published as a record of its own that corrects it. */
describe('registry: publishing what ends a decision', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let commission: Board;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    commission = await board('end');
  });

  afterEach(() => jest.restoreAllMocks());

  afterAll(async () => {
    await testApp.close();
  });

  it('publishes a revocation as a new record that supersedes the decision, and publishes nothing twice', async () => {
    const decided = await decideRequest(api, commission, randomBin());
    const first = await publishedRecord(api, decided.decisionNumber);
    const revoked = await api('POST', `/review/decisions/${decided.decisionId}/revoke`, {
      token: commission.chair,
      body: { reasons: 'Условия не выполнены' },
    });
    expect(revoked.status).toBe(200);
    const second = await publishedRecord(api, `${decided.decisionNumber}.2`);
    expect(second.record).toMatchObject({
      recordNumber: `${decided.decisionNumber}.2`,
      kind: 'revocation',
      correctionOf: decided.decisionNumber,
      decisionNumber: decided.decisionNumber,
      decidedAt: revoked.body.revokedAt,
      exemptionInForce: false,
      revocation: { reasons: 'Условия не выполнены' },
    });
    expect(first.record).toMatchObject({ kind: 'decision', exemptionInForce: true, revocation: null });
    // What is signed says so too: the reasons and the end of the exemption are in the JWS payload.
    const jwks = (await api('GET', '/public/jwks.json')).body;
    const signed = JSON.parse(new TextDecoder().decode((await compactVerify(second.jws, createLocalJWKSet(jwks))).payload));
    expect(signed).toEqual(second.record);
    expect(second.sequence).toBeGreaterThan(first.sequence);
    expect(second.links.correctionOf).toBe(`/public/decisions/${decided.decisionNumber}`);
    const earlier = (await api('GET', `/public/decisions/${decided.decisionNumber}`)).body;
    expect(earlier).toMatchObject({
      supersededBy: `${decided.decisionNumber}.2`,
      supersededByKind: 'revocation',
      jws: first.jws,
      record: first.record,
    });
    const feed: string = (await api('GET', `/public/decisions.atom?bin=${second.record.applicant.bin}`)).body;
    const entry = feed.split('<entry>').find((candidate) => candidate.includes(`${decided.decisionNumber}.2`))!;
    // In both state languages, outcomes by name: no English, no codes.
    expect(entry).toContain(`Решение отменено: решение ${decided.decisionNumber} («Одобрено») больше не действует.`);
    expect(entry).toContain(`Шешімнің күші жойылды: ${decided.decisionNumber} шешімі («Мақұлданды») енді күшінде емес.`);
    expect(entry).toContain('Основания отмены: Условия не выполнены');
    expect(entry).not.toContain('<category term="approved"/>');

    // The same event again, even with the consumer's own record of it gone, publishes nothing more.
    const [issued] = await reviewEvents(dataSource, decided.requestId, 'decision.revoked.v1');
    const messaging = testApp.app.get(RegistryMessaging);
    expect(await messaging.consumer.process({ ...issued, sequence: 999_999 })).toBe(false);
    await dataSource.query('DELETE FROM registry.processed_events WHERE event_id = $1', [issued.id]);
    expect(await messaging.consumer.process({ ...issued, sequence: 999_999 })).toBe(true);
    const records = await dataSource.query('SELECT record_number FROM registry.publications WHERE decision_id = $1', [decided.decisionId]);
    expect(records).toHaveLength(2);
  });

  it('retries a revocation that arrives before its decision instead of dropping it', async () => {
    const messaging = testApp.app.get(RegistryMessaging);
    const decisionId = randomUUID();
    const early = {
      id: randomUUID(),
      type: 'decision.revoked.v1',
      source: 'review' as const,
      sequence: 1_000_000,
      occurredAt: new Date().toISOString(),
      aggregateId: randomUUID(),
      actor: { id: 'chair', role: 'commission.chair' },
      correlationId: randomUUID(),
      payload: {
        decisionId,
        decisionNumber: 'QTX-D-2099-0001',
        requestId: randomUUID(),
        reasons: 'x',
        revokedAt: new Date().toISOString(),
      },
    };
    await expect(messaging.consumer.process(early)).rejects.toThrow(/came before its decision/);
    expect(await dataSource.query('SELECT 1 FROM registry.processed_events WHERE event_id = $1', [early.id])).toHaveLength(0);
  });

  it('publishes an expiry as a record that supersedes the decision', async () => {
    const clock = testApp.app.get(Clock);
    const timers = openTestQueue(testApp.config, DEADLINE_QUEUE);
    try {
      const validUntil = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      const decided = await decideRequest(api, commission, randomBin(), { decision: { validUntil } });
      const job = await eventually(async () => (await timers.getJob(expiryJobId(decided.decisionId, validUntil))) ?? undefined);
      jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 4 * 24 * 3600 * 1000));
      await job.promote();
      const expiry = await publishedRecord(api, `${decided.decisionNumber}.2`);
      expect(expiry.record).toMatchObject({ kind: 'expiry', correctionOf: decided.decisionNumber, validUntil });
      expect((await api('GET', `/public/decisions/${decided.decisionNumber}`)).body.supersededBy).toBe(`${decided.decisionNumber}.2`);
    } finally {
      await timers.close();
    }
  });
});
