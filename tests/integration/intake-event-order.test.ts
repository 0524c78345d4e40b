import { randomUUID } from 'node:crypto';
import { EventEnvelope } from '@qaztech/contracts';
import { ContextMessaging } from '@qaztech/platform';
import { IntakeMessaging } from '../../libs/intake/src/shared/intake-outbox';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { submitCompleteRequest } from '../support/review-flow';

/**
 * Intake follows review's events through the lifecycle table. Workers handle events
 * concurrently, so "accepted for review" can be handled before "screening started": it must be
 * tried again later, not dropped, or the agency would see its request stuck in screening.
 */
describe('intake when review events arrive out of order', () => {
  let testApp: TestApp;
  let api: Api;
  let messaging: ContextMessaging;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    messaging = testApp.app.get(IntakeMessaging) as ContextMessaging;
  });

  afterAll(async () => {
    await testApp.close();
  });

  const envelope = (type: string, requestId: string, payload: unknown): EventEnvelope => ({
    id: randomUUID(),
    type,
    source: 'review',
    sequence: 1,
    occurredAt: new Date().toISOString(),
    aggregateId: requestId,
    actor: { id: 'system', role: 'system' },
    correlationId: randomUUID(),
    payload,
  });

  it('refuses the early event, keeps the status, and applies it on the retry', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    // Review opens a screening task but starts screening only when someone claims it: nobody does here.
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const status = async () => (await api('GET', `/requests/${requestId}`, { token: signatory })).body.status as string;
    expect(await status()).toBe('submitted');

    const accepted = envelope('request.accepted_for_review.v1', requestId, { requestId, version: 1, expertTaskIds: [] });
    await expect(messaging.consumer.process(accepted)).rejects.toThrow(/came before the request reached/);
    expect(await status()).toBe('submitted');

    await messaging.consumer.process(envelope('request.screening_started.v1', requestId, { requestId, version: 1, taskId: randomUUID() }));
    expect(await messaging.consumer.process(accepted)).toBe(true);
    expect(await status()).toBe('expert_review');
  });

  it('still ignores an event that can never apply (the agency withdrew)', async () => {
    const agencyBin = randomBin();
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    expect((await api('POST', `/requests/${requestId}/withdraw`, { token: signatory, body: { reason: 'Не нужно' } })).status).toBe(200);
    const late = envelope('request.accepted_for_review.v1', requestId, { requestId, version: 1, expertTaskIds: [] });
    expect(await messaging.consumer.process(late)).toBe(true);
    expect((await api('GET', `/requests/${requestId}`, { token: signatory })).body.status).toBe('withdrawn');
  });
});
