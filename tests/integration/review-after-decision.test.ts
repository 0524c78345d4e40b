import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { DEADLINE_QUEUE, expiryJobId } from '@qaztech/review';
import { Clock } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { openTestQueue } from '../support/test-queue';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import {
  commission,
  Commission,
  EXPERT_ROLES,
  giveOpinions,
  liveTask,
  meetingWithEveryone,
  readyForAgenda,
  reviewEvents,
  submitCompleteRequest,
  waitForIntakeStatus,
} from '../support/review-flow';

jest.setTimeout(60_000);

const REASONING = { kk: 'Негіздеме', ru: 'Обоснование' };

describe('review: after a decision', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let clock: Clock;
  let timers: Queue;
  const agencyBin = randomBin();
  let signatory: string;
  let secretary: string;
  let board: Commission;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    clock = testApp.app.get(Clock);
    timers = openTestQueue(testApp.config, DEADLINE_QUEUE);
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'after-secretary' });
    board = await commission(randomBin(), 'after');
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await timers.close();
    await testApp.close();
  });

  /** Puts the request on a fresh meeting's agenda, has everyone vote `choice`, closes and decides. */
  async function decide(requestId: string, choice: 'for' | 'against', decision: Record<string, unknown>): Promise<any> {
    const meetingId = await meetingWithEveryone(api, secretary, board);
    const placed = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
    expect(placed.status).toBe(201);
    for (const token of [board.chair, ...Object.values(board.members)]) {
      expect((await api('POST', `/review/agenda-items/${placed.body.id}/votes`, { token, body: { choice } })).status).toBe(201);
    }
    expect((await api('POST', `/review/agenda-items/${placed.body.id}/close`, { token: board.chair, body: {} })).status).toBe(200);
    const issued = await api('POST', `/review/agenda-items/${placed.body.id}/decision`, {
      token: board.chair,
      body: { reasoning: REASONING, chairPosition: 'Председатель Комиссии', ...decision },
    });
    expect(issued.status).toBe(201);
    return issued.body;
  }

  it('reconsiders a refusal once, as a linked case the original experts may not review', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await readyForAgenda(api, secretary, requestId);
    const refusal = await decide(requestId, 'against', { outcome: 'rejected' });
    await waitForIntakeStatus(api, signatory, requestId, 'decided');

    const stranger = await tokenFor({ roles: ['agency.signatory'], agencyBin: randomBin() });
    const foreign = await api('POST', `/review/decisions/${refusal.decisionId}/reconsideration`, {
      token: stranger,
      body: { grounds: 'Мы тоже' },
    });
    expect({ status: foreign.status, code: foreign.body.code }).toEqual({ status: 404, code: 'DECISION_NOT_FOUND' });
    const empty = await api('POST', `/review/decisions/${refusal.decisionId}/reconsideration`, { token: signatory, body: {} });
    expect(empty.body.details[0]).toMatchObject({ field: 'grounds', code: 'REQUIRED' });

    const asked = await api('POST', `/review/decisions/${refusal.decisionId}/reconsideration`, {
      token: signatory,
      body: { grounds: 'Эксперты не учли требования закона о государственных секретах' },
    });
    expect(asked.status).toBe(201);
    expect(asked.body.excludedReviewers.sort()).toEqual(['expert-legal', 'expert-security', 'expert-technical']);
    const twice = await api('POST', `/review/decisions/${refusal.decisionId}/reconsideration`, {
      token: signatory,
      body: { grounds: 'Ещё раз' },
    });
    expect({ status: twice.status, code: twice.body.code }).toEqual({ status: 409, code: 'RECONSIDERATION_NOT_ALLOWED' });
    await waitForIntakeStatus(api, signatory, requestId, 'reconsideration');

    for (const [stage, role] of EXPERT_ROLES) {
      const original = await tokenFor({ roles: [role], subject: `expert-${stage}` });
      const task = await liveTask(api, original, stage, requestId);
      expect(task).toMatchObject({ round: 2, version: 1 });
      expect((await api('POST', `/review/tasks/${task.id}/claim`, { token: original })).body.code).toBe('CONFLICT_OF_INTEREST');
    }
    await giveOpinions(api, requestId, 1, 'second-look');
    const approval = await decide(requestId, 'for', { outcome: 'approved', validUntil: '2040-12-31' });
    expect(approval).toMatchObject({ reconsideredDecisionId: refusal.decisionId, outcome: 'approved' });
    await waitForIntakeStatus(api, signatory, requestId, 'decided');
    expect((await api('GET', `/review/decisions/${refusal.decisionId}`, { token: secretary })).body.status).toBe('superseded');
    const again = await api('POST', `/review/decisions/${approval.decisionId}/reconsideration`, {
      token: signatory,
      body: { grounds: 'Ещё' },
    });
    expect(again.body.code).toBe('RECONSIDERATION_NOT_ALLOWED');
  });

  it('refuses reconsideration after the configured period', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await readyForAgenda(api, secretary, requestId);
    const refusal = await decide(requestId, 'against', { outcome: 'rejected' });
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(refusal.issuedAt) + 31 * 24 * 3600 * 1000));
    const late = await api('POST', `/review/decisions/${refusal.decisionId}/reconsideration`, {
      token: signatory,
      body: { grounds: 'Поздно' },
      language: 'en',
    });
    expect({ status: late.status, code: late.body.code }).toEqual({ status: 409, code: 'RECONSIDERATION_NOT_ALLOWED' });
    expect(late.body.message).toBe('Reconsideration is not possible: it may be asked once, within 30 days.');
  });

  it('revokes an approval with reasons', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await readyForAgenda(api, secretary, requestId);
    const approval = await decide(requestId, 'for', { outcome: 'approved', validUntil: '2040-12-31' });
    await waitForIntakeStatus(api, signatory, requestId, 'decided');
    expect(
      (await api('POST', `/review/decisions/${approval.decisionId}/revoke`, { token: secretary, body: { reasons: 'x' } })).status,
    ).toBe(403);
    const revoked = await api('POST', `/review/decisions/${approval.decisionId}/revoke`, {
      token: board.chair,
      body: { reasons: 'Условия не выполнены' },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ decisionId: approval.decisionId, reasons: 'Условия не выполнены' });
    await waitForIntakeStatus(api, signatory, requestId, 'revoked');
    const twice = await api('POST', `/review/decisions/${approval.decisionId}/revoke`, {
      token: board.chair,
      body: { reasons: 'Ещё раз' },
    });
    expect(twice.body.code).toBe('DECISION_NOT_IN_FORCE');
  });

  it('lets an approval expire at the end of its last valid day', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    await readyForAgenda(api, secretary, requestId);
    const validUntil = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const approval = await decide(requestId, 'for', { outcome: 'approved', validUntil });
    const job = await eventually(async () => (await timers.getJob(expiryJobId(approval.decisionId, validUntil))) ?? undefined);

    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.now() + 4 * 24 * 3600 * 1000));
    await job.promote();
    const [expired] = await eventually(async () => {
      const events = await reviewEvents(dataSource, requestId, 'exemption.expired.v1');
      return events.length > 0 ? events : undefined;
    });
    expect(expired.payload).toEqual({ decisionId: approval.decisionId, decisionNumber: approval.decisionNumber, requestId, validUntil });
    await waitForIntakeStatus(api, signatory, requestId, 'expired');
    expect((await api('GET', `/review/decisions/${approval.decisionId}`, { token: secretary })).body.status).toBe('expired');
  });
});
