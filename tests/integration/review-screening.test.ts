import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { intakeStatus, liveTask, reviewEvents, submitCompleteRequest, waitForIntakeStatus } from '../support/review-flow';

jest.setTimeout(30_000);

describe('review: work queues and screening', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  const agencyBin = randomBin();
  let signatory: string;
  let secretary: string;
  let otherSecretary: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Айгерим Садыкова' });
    secretary = await tokenFor({ roles: ['commission.secretary'], name: 'Секретарь Комиссии', subject: 'secretary-1' });
    otherSecretary = await tokenFor({ roles: ['commission.secretary'], name: 'Второй секретарь', subject: 'secretary-2' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('turns a submission into a screening task that exactly one of ten concurrent claims wins', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const task = await liveTask(api, secretary, 'screening', requestId);
    expect(task).toMatchObject({ stage: 'screening', status: 'open', version: 1, assigneeId: null, overdue: false });
    expect(task.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const claimers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        tokenFor({ roles: ['commission.secretary'], subject: `claimer-${index}`, name: `Claimer ${index}` }),
      ),
    );
    const results = await Promise.all(claimers.map((token) => api('POST', `/review/tasks/${task.id}/claim`, { token })));
    const statuses = results.map((result) => result.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(409)]);
    expect(results.filter((result) => result.status === 409).every((result) => result.body.code === 'TASK_ALREADY_CLAIMED')).toBe(true);
    const winner = results.find((result) => result.status === 200)!.body;
    expect((await reviewEvents(dataSource, requestId, 'review.task_claimed.v1')).map((event) => event.payload.assigneeId)).toEqual([
      winner.assigneeId,
    ]);
    await waitForIntakeStatus(api, signatory, requestId, 'screening');

    // Someone else cannot finish a task they do not hold; the secretary can reassign it.
    const notHeld = await api('POST', `/review/tasks/${task.id}/accept`, { token: otherSecretary });
    expect(notHeld.body.code).toBe('TASK_NOT_HELD');
    const assigned = await api('POST', `/review/tasks/${task.id}/assign`, {
      token: secretary,
      body: { assigneeId: 'secretary-2', assigneeName: 'Второй секретарь' },
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'claimed', assigneeId: 'secretary-2' });
    const released = await api('POST', `/review/tasks/${task.id}/release`, { token: otherSecretary });
    expect(released.body).toMatchObject({ status: 'open', assigneeId: null });
  });

  it('refuses the queue of another role, an unknown stage and a bad cursor', async () => {
    const expert = await tokenFor({ roles: ['expert.legal'] });
    const member = await tokenFor({ roles: ['commission.member'] });
    expect((await api('GET', '/review/queues/screening', { token: expert })).body.code).toBe('WRONG_STAGE_ROLE');
    expect((await api('GET', '/review/queues/screening', { token: member })).status).toBe(403);
    const unknown = await api('GET', '/review/queues/lunch', { token: secretary, language: 'en' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details[0]).toMatchObject({ field: 'stage', code: 'NOT_ALLOWED_VALUE' });
    const cursor = await api('GET', '/review/queues/screening?cursor=nonsense', { token: secretary, language: 'kk' });
    expect(cursor.body.details[0]).toMatchObject({ field: 'cursor', code: 'INVALID_CURSOR' });
    expect(cursor.body.message).toBe('Сұрау деректері қате толтырылған.');
  });

  it('returns with remarks per field, takes the resubmission as version 2, and accepts it for three experts', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const first = await liveTask(api, secretary, 'screening', requestId);
    expect((await api('POST', `/review/tasks/${first.id}/claim`, { token: secretary })).status).toBe(200);

    const noRemarks = await api('POST', `/review/tasks/${first.id}/return`, { token: secretary, body: { remarks: [] }, language: 'en' });
    expect(noRemarks.status).toBe(400);
    expect(noRemarks.body.details[0]).toMatchObject({ field: 'remarks', code: 'TOO_FEW' });

    const remarks = [{ field: 'budget.amountKzt', remark: 'Обоснуйте сумму' }];
    const returned = await api('POST', `/review/tasks/${first.id}/return`, { token: secretary, body: { remarks } });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ status: 'done', outcome: 'returned' });
    await waitForIntakeStatus(api, signatory, requestId, 'returned');
    const [returnedEvent] = await reviewEvents(dataSource, requestId, 'request.returned.v1');
    expect(returnedEvent.payload).toEqual({ requestId, version: 1, remarks });

    const again = await api('POST', `/review/tasks/${first.id}/accept`, { token: secretary });
    expect(again.body.code).toBe('TASK_CLOSED');

    const current = await api('GET', `/requests/${requestId}`, { token: signatory });
    const edited = await api('PATCH', `/requests/${requestId}`, {
      token: signatory,
      headers: { 'if-match': current.headers.get('etag')! },
      body: { budget: { amountKzt: '990000000.00' } },
    });
    expect(edited.status).toBe(200);
    expect((await api('POST', `/requests/${requestId}/submit`, { token: signatory })).body).toMatchObject({
      status: 'submitted',
      version: 2,
    });

    const second = await liveTask(api, secretary, 'screening', requestId, 2);
    expect(second.id).not.toBe(first.id);
    await api('POST', `/review/tasks/${second.id}/claim`, { token: secretary });
    const accepted = await api('POST', `/review/tasks/${second.id}/accept`, { token: secretary });
    expect(accepted.status).toBe(200);
    await waitForIntakeStatus(api, signatory, requestId, 'expert_review');

    for (const [stage, role] of [
      ['technical', 'expert.technical'],
      ['security', 'expert.security'],
      ['legal', 'expert.legal'],
    ] as const) {
      const token = await tokenFor({ roles: [role] });
      expect(await liveTask(api, token, stage, requestId)).toMatchObject({ version: 2, status: 'open' });
    }
  });

  it('keeps an expert of the applicant organisation off the case, and cancels the work of a withdrawn request', async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const screening = await liveTask(api, secretary, 'screening', requestId);
    await api('POST', `/review/tasks/${screening.id}/claim`, { token: secretary });
    await api('POST', `/review/tasks/${screening.id}/accept`, { token: secretary });
    const ownExpert = await tokenFor({ roles: ['expert.legal'], agencyBin, subject: 'own-expert' });
    const legal = await liveTask(api, ownExpert, 'legal', requestId);
    const refused = await api('POST', `/review/tasks/${legal.id}/claim`, { token: ownExpert });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'CONFLICT_OF_INTEREST' });

    await waitForIntakeStatus(api, signatory, requestId, 'expert_review');
    const withdrawn = await api('POST', `/requests/${requestId}/withdraw`, { token: signatory, body: { reason: 'Проект закрыт' } });
    expect(withdrawn.status).toBe(200);
    const cancelled = await eventually(async () => {
      const file = await api('GET', `/review/requests/${requestId}`, { token: secretary });
      return file.body.tasks.filter((task: any) => task.stage !== 'screening').every((task: any) => task.status === 'cancelled')
        ? file.body
        : undefined;
    });
    expect(cancelled.status).toBe('withdrawn');
    expect(await intakeStatus(api, signatory, requestId)).toBe('withdrawn');
  });
});
