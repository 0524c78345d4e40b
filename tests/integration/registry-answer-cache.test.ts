import { randomBytes, randomUUID } from 'node:crypto';
import { DecisionIssuedV1, DecisionRevokedV1, EventEnvelope } from '@qaztech/contracts';
import { RegistryMessaging } from '@qaztech/registry';
import { RegisterAnswerCache } from '../../libs/registry/src/reading/register-answer-cache';
import { RegisterQuery } from '../../libs/registry/src/reading/register.query';
import { startTestApp, TestApp } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { createOwnDatabase } from '../support/own-database';
import { publishedRecord } from '../support/registry-flow';

jest.setTimeout(120_000);

const SMALL_CACHE_BYTES = 200_000;

/**
 * The register keeps rendered answers in memory: two replicas on one database, where every
 * publication is made by the register's own consumer, as the queue would deliver it.
 */
describe('registry: rendered answers kept in memory', () => {
  let database: { url: string; drop(): Promise<void> };
  let first: TestApp;
  let second: TestApp;
  let firstApi: Api;
  let secondApi: Api;
  let eventSequence = 1_000;
  const bin = randomBin();

  beforeAll(async () => {
    database = await createOwnDatabase();
    const shared = { DATABASE_URL: database.url, QUEUE_PREFIX: `answers-${randomBytes(3).toString('hex')}` };
    first = await startTestApp(shared);
    // The register reads its settings from the environment when its module starts.
    process.env.REGISTRY_ANSWER_CACHE_BYTES = String(SMALL_CACHE_BYTES);
    try {
      second = await startTestApp(shared);
    } finally {
      delete process.env.REGISTRY_ANSWER_CACHE_BYTES;
    }
    firstApi = apiClient(first.baseUrl);
    secondApi = apiClient(second.baseUrl);
    for (const app of [first, second]) await eventually(async () => app.app.get(RegisterAnswerCache).state.hearing || undefined);
  });

  afterAll(async () => {
    await second.close();
    await first.close();
    await database.drop();
  });

  function event(type: string, payload: { requestId: string }): EventEnvelope {
    eventSequence += 1;
    return {
      id: randomUUID(),
      type,
      source: 'review',
      sequence: eventSequence,
      occurredAt: new Date().toISOString(),
      aggregateId: payload.requestId,
      actor: { id: 'chair', role: 'commission.chair' },
      correlationId: randomUUID(),
      payload,
    } as EventEnvelope;
  }

  async function publishDecision(title: string): Promise<{ decisionId: string; decisionNumber: string; requestId: string }> {
    const decisionNumber = `QTX-D-2097-${String(eventSequence).padStart(6, '0')}`;
    const decision: DecisionIssuedV1 = {
      decisionId: randomUUID(),
      decisionNumber,
      registrationNumber: 'QTX-2097-000001',
      requestId: randomUUID(),
      version: 1,
      reconsideredDecisionId: null,
      applicant: { bin, nameKk: 'Цифрлық даму министрлігі', nameRu: 'Министерство цифрового развития' },
      system: { titleKk: title, titleRu: title, titleEn: null },
      reasonCategories: ['state_secrets'],
      dataCategories: ['dsp'],
      budget: { amountKzt: '1000.00', fundingSource: 'republican_budget' },
      outcome: 'approved',
      conditions: [],
      validUntil: '2040-12-31',
      reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.', en: null },
      meeting: { id: randomUUID(), date: '2026-12-10', protocolNumber: '7/2026' },
      tally: { for: 5, against: 0, abstain: 0, recused: 0, present: 5, membership: 5, quorumMet: true, castingVote: null },
      issuedAt: new Date().toISOString(),
      chair: { name: 'Председатель Комиссии', position: 'Председатель Комиссии' },
    };
    expect(await first.app.get(RegistryMessaging).consumer.process(event('decision.issued.v1', decision))).toBe(true);
    await similarDecisionsKept(decisionNumber);
    return { decisionId: decision.decisionId, decisionNumber, requestId: decision.requestId };
  }

  async function revoke(decision: { decisionId: string; decisionNumber: string; requestId: string }): Promise<void> {
    const revocation: DecisionRevokedV1 = { ...decision, reasons: 'Условия не выполнены', revokedAt: new Date().toISOString() };
    expect(await first.app.get(RegistryMessaging).consumer.process(event('decision.revoked.v1', revocation))).toBe(true);
  }

  /**
   * A decision's publication is followed by two changes of the register every replica hears: the
   * ledger's anchor of the record and the catalogue's similar decisions. Waits for both, so that
   * neither is taken for the change a test makes.
   */
  async function similarDecisionsKept(decisionNumber: string): Promise<void> {
    await eventually(async () => {
      const rows = (await first.owner.query(
        `SELECT 1 FROM registry.publications p
           JOIN registry.similar_decisions s ON s.record_number = p.record_number
           JOIN registry.anchors a ON a.publication_id = p.id
          WHERE p.decision_number = $1 AND p.kind = 'decision'`,
        [decisionNumber],
      )) as unknown[];
      return rows.length > 0 || undefined;
    }, 10_000);
  }

  /** The register's answers a reader keeps asking for, each as text. */
  async function answers(api: Api): Promise<Record<string, string>> {
    const paths = [
      `/public/decisions?bin=${bin}`,
      `/public/decisions.atom?bin=${bin}`,
      // One page: the whole export streams and is never kept.
      `/public/decisions.csv?bin=${bin}&limit=50`,
      `/register?bin=${bin}&lang=ru`,
    ];
    const texts: Record<string, string> = {};
    for (const path of paths) {
      const response = await api('GET', path);
      expect(response.status).toBe(200);
      texts[path] = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
    }
    return texts;
  }

  const allContain = (texts: Record<string, string>, text: string): boolean => Object.values(texts).every((body) => body.includes(text));

  it('serves the same bytes and ETag again, from memory', async () => {
    const { decisionNumber } = await publishDecision('Первая система');
    await publishedRecord(firstApi, decisionNumber);
    const before = await answers(firstApi);
    const again = await answers(firstApi);
    expect(again).toEqual(before);
    expect(first.app.get(RegisterAnswerCache).state.entries).toBeGreaterThanOrEqual(4);
    const path = `/public/decisions?bin=${bin}`;
    const [one, two] = [await fetch(`${first.baseUrl}${path}`), await fetch(`${first.baseUrl}${path}`)];
    expect(two.headers.get('etag')).toBe(one.headers.get('etag'));
    const unchanged = await fetch(`${first.baseUrl}${path}`, { headers: { 'if-none-match': one.headers.get('etag')! } });
    expect(unchanged.status).toBe(304);
  });

  it('changes every kept answer as soon as the new record can be read, and on the other replica within a notification', async () => {
    await publishedRecord(firstApi, (await publishDecision('Прогрев')).decisionNumber);
    await answers(firstApi);
    await answers(secondApi);
    const { decisionNumber } = await publishDecision('Новая система');
    await publishedRecord(firstApi, decisionNumber);
    expect(allContain(await answers(firstApi), decisionNumber)).toBe(true);
    await eventually(async () => allContain(await answers(secondApi), decisionNumber) || undefined, 5_000);
  });

  it('shows a correction on the record it corrects, in every kept answer about it', async () => {
    const decision = await publishDecision('Исправляемая система');
    const { decisionNumber } = decision;
    await publishedRecord(firstApi, decisionNumber);
    const record = `/public/decisions/${decisionNumber}`;
    const page = `/register/${decisionNumber}?lang=ru`;
    for (const api of [firstApi, secondApi]) {
      expect((await api('GET', record)).body.supersededBy).toBeNull();
      expect((await api('GET', page)).body).not.toContain(`${decisionNumber}.2`);
      await answers(api);
    }
    await revoke(decision);
    await publishedRecord(firstApi, `${decisionNumber}.2`);
    expect((await firstApi('GET', record)).body.supersededBy).toBe(`${decisionNumber}.2`);
    expect((await firstApi('GET', page)).body).toContain(`${decisionNumber}.2`);
    const listed = (await firstApi('GET', `/public/decisions?bin=${bin}`)).body.items;
    expect(listed.find((item: any) => item.record.recordNumber === decisionNumber).supersededBy).toBe(`${decisionNumber}.2`);
    await eventually(async () => ((await secondApi('GET', record)).body.supersededBy === `${decisionNumber}.2` ? true : undefined), 5_000);
    expect((await secondApi('GET', page)).body).toContain(`${decisionNumber}.2`);

    // An export that began before the correction goes on showing the register as it stood then.
    const { sequence } = (await firstApi('GET', record)).body;
    const asItStood = await first.app.get(RegisterQuery).list({ bin }, { limit: 50, through: sequence });
    const then = asItStood.items.map((item) => item.record.recordNumber);
    expect(then).toContain(decisionNumber);
    expect(then).not.toContain(`${decisionNumber}.2`);
    expect(asItStood.items.find((item) => item.record.recordNumber === decisionNumber)!.supersededBy).toBeNull();
  });

  it('stops serving from memory while it cannot hear publications, and starts again once it can', async () => {
    await answers(firstApi);
    await answers(secondApi);
    const dataSource = first.owner;
    // Cut both replicas' listening connections, then publish before they can be back.
    await dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'listen registry_register_changed'`,
    );
    const { decisionNumber } = await publishDecision('Опубликовано без слушателя');
    for (const api of [firstApi, secondApi]) {
      await eventually(async () => allContain(await answers(api), decisionNumber) || undefined, 10_000);
    }
    for (const app of [first, second]) await eventually(async () => app.app.get(RegisterAnswerCache).state.hearing || undefined);
    await answers(firstApi);
    expect(first.app.get(RegisterAnswerCache).state.entries).toBeGreaterThanOrEqual(4);
  });

  it('keeps no more than its memory allows, however many different questions are asked', async () => {
    const cache = second.app.get(RegisterAnswerCache);
    for (let limit = 1; limit <= 60; limit += 1) {
      expect((await secondApi('GET', `/public/decisions?limit=${limit}`)).status).toBe(200);
    }
    expect(cache.state.bytes).toBeLessThanOrEqual(SMALL_CACHE_BYTES);
    expect(cache.state.entries).toBeGreaterThan(0);
    expect(cache.state.entries).toBeLessThan(60);
  });
});
