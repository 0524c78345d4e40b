import { errorMessage, fieldErrorMessage, Language } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { assessmentFor, completeRequest, eventually, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { commission, EXPERT_ROLES, liveTask, meetingWithEveryone, submitCompleteRequest } from '../support/review-flow';

const OFFER = {
  capabilities: ['document-storage'],
  deliveryDate: '2027-10-01',
  costKzt: '350000000.00',
  terms: 'Хранилище в аттестованном сегменте',
};

describe('what a request claims against the catalogue, and what the platform then owes', () => {
  let testApp: TestApp;
  let api: Api;
  const agencyBin = randomBin();
  let signatory: string;
  let secretary: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Айгерим Садыкова' });
    secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'claims-secretary', name: 'Секретарь' });
  });

  afterAll(() => testApp.close());

  async function draftWithDocuments(body: object): Promise<string> {
    const created = await api('POST', '/requests', { token: signatory, body });
    expect(created.status).toBe(201);
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      expect((await api('POST', `/requests/${created.body.id}/attachments`, { token: signatory, body: form })).status).toBe(201);
    }
    return created.body.id;
  }

  /** The fixture with one reason of each kind of evidence left out: a performance reason whose load fits the limit. */
  function incompleteClaims() {
    const content = completeRequest(agencyBin);
    content.system = { ...content.system, functions: [], dataObjects: ['person'] };
    content.justification.reasons = [
      {
        category: 'state_secrets',
        explanation: 'Гостайна',
        capabilities: [{ capabilityId: 'env-prod', gap: 'insufficient' }],
        evidence: {},
      },
      {
        category: 'performance_or_scale',
        explanation: 'Нагрузка',
        capabilities: [{ capabilityId: 'notifications', gap: 'absent' }],
        evidence: { load: { unit: 'messages_per_second', peak: 4_000, publishedLimit: 5_000 } },
      },
      { category: 'legal_mandate', explanation: 'Закон', capabilities: [], evidence: {} },
    ] as never;
    return content;
  }

  const EXPECTED: { field: string; code: string; params?: Record<string, number> }[] = [
    { field: 'system.functions', code: 'TOO_FEW', params: { min: 1 } },
    { field: 'justification.reasons.0.capabilities.0.limit', code: 'REQUIRED' },
    { field: 'justification.reasons.0.capabilities.0.needed', code: 'REQUIRED' },
    { field: 'justification.reasons.0.evidence.classificationActRef', code: 'REQUIRED' },
    { field: 'justification.reasons.1.evidence.load.peak', code: 'LOAD_WITHIN_LIMIT', params: { limit: 5_000 } },
    { field: 'justification.reasons.2.capabilities', code: 'TOO_FEW', params: { min: 1 } },
    { field: 'justification.reasons.2.evidence.legalActId', code: 'REQUIRED' },
  ];

  it.each<Language>(['kk', 'ru', 'en'])('refuses a submission without its claims and evidence, field by field, in %s', async (language) => {
    const id = await draftWithDocuments(incompleteClaims());
    const refused = await api('POST', `/requests/${id}/submit`, { token: signatory, language });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INCOMPLETE_REQUEST');
    expect(refused.body.message).toBe(errorMessage('INCOMPLETE_REQUEST' as never, language));
    expect(refused.body.details).toEqual(
      EXPECTED.map(({ field, code, params }) => ({
        field,
        code,
        message: fieldErrorMessage(code as never, language, params),
      })),
    );
    for (const detail of refused.body.details) expect(detail.message).not.toMatch(/\{\w+\}/);
    expect((await api('GET', `/requests/${id}`, { token: signatory })).body).toMatchObject({ status: 'draft', formVersion: 2 });
  });

  it('checks the form of a legal act id, the vocabularies and the national identifiers on every save', async () => {
    const body = completeRequest(agencyBin);
    body.system = { ...body.system, functions: ['tax_collection_by_dragons'], architectureObjectId: 'АП-1' } as never;
    body.justification.reasons[0]!.evidence = { legalActId: 'Закон 418' } as never;
    const refused = await api('POST', '/requests', { token: signatory, body, language: 'ru' });
    expect(refused.status).toBe(400);
    expect(refused.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual([
      'justification.reasons.0.evidence.legalActId',
      'system.architectureObjectId',
      'system.functions',
    ]);
  });

  it("shows the applicant the operator's obligation when the Commission refuses on its counter-offer, and no one else", async () => {
    const requestId = await submitCompleteRequest(api, signatory, agencyBin);
    const screening = await liveTask(api, secretary, 'screening', requestId, 1);
    await api('POST', `/review/tasks/${screening.id}/claim`, { token: secretary });
    expect((await api('POST', `/review/tasks/${screening.id}/accept`, { token: secretary })).status).toBe(200);
    for (const [stage, role] of EXPERT_ROLES) {
      const token = await tokenFor({ roles: [role], subject: `claims-${stage}`, name: `Эксперт ${stage}` });
      const task = await liveTask(api, token, stage, requestId, 1);
      await api('POST', `/review/tasks/${task.id}/claim`, { token });
      const claims =
        stage === 'technical'
          ? {
              gapAnswers: [
                { reasonIndex: 0, capabilityId: 'env-prod', answer: 'confirmed' },
                { reasonIndex: 0, capabilityId: 'document-storage', answer: 'available_now' },
              ],
              counterOffer: OFFER,
            }
          : assessmentFor(stage);
      const given = await api('POST', `/review/tasks/${task.id}/opinion`, {
        token,
        body: { version: 1, verdict: 'objects', findings: '…', ...claims },
      });
      expect(given.status).toBe(201);
    }
    const board = await commission(agencyBin, 'claims');
    const meetingId = await meetingWithEveryone(api, secretary, board);
    const item = await api('POST', `/review/meetings/${meetingId}/agenda`, { token: secretary, body: { requestId } });
    for (const token of [board.chair, ...Object.values(board.members)]) {
      await api('POST', `/review/agenda-items/${item.body.id}/votes`, { token, body: { choice: 'against' } });
    }
    await api('POST', `/review/agenda-items/${item.body.id}/close`, { token: board.chair, body: {} });
    const decision = await api('POST', `/review/agenda-items/${item.body.id}/decision`, {
      token: board.chair,
      body: {
        outcome: 'rejected',
        reasoning: { kk: 'Платформа қызмет көрсете алады', ru: 'Платформа может обслужить систему' },
        chairPosition: 'Председатель Комиссии',
        bindCounterOffer: true,
      },
    });
    expect(decision.status).toBe(201);

    const path = `/requests/${requestId}/platform-obligations`;
    const obligations = await eventually(async () => {
      const response = await api('GET', path, { token: signatory });
      expect(response.status).toBe(200);
      return response.body.items.length > 0 ? response.body : undefined;
    });
    expect(obligations.items).toEqual([
      {
        id: expect.any(String),
        requestId,
        registrationNumber: expect.stringMatching(/^QTX-\d{4}-\d{6,}$/),
        decisionNumber: decision.body.decisionNumber,
        offer: OFFER,
        offeredBy: 'Эксперт technical',
        recordedAt: expect.any(String),
      },
    ]);
    const otherAgency = await tokenFor({ roles: ['agency.signatory'], agencyBin: randomBin(), name: 'Другое ведомство' });
    expect((await api('GET', path, { token: otherAgency })).status).toBe(404);
    expect((await api('GET', path, { token: secretary })).status).toBe(403);
  });
});
