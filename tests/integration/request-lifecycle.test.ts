import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { EventEnvelope, RequestReturnedV1 } from '@qaztech/contracts';
import { EVENT_JOB_OPTIONS } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { openTestQueue } from '../support/test-queue';
import { completeRequest, eventually, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';

describe('a request from draft to resubmission', () => {
  let testApp: TestApp;
  let api: Api;
  let intakeQueue: Queue;
  const agencyBin = randomBin();
  let submitter: string;
  let signatory: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    submitter = await tokenFor({ roles: ['agency.submitter'], agencyBin, name: 'Ерлан Жумабаев' });
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Айгерим Садыкова' });
    intakeQueue = openTestQueue(testApp.config, 'events.intake');
  });

  afterAll(async () => {
    await intakeQueue.close();
    await testApp.close();
  });

  async function attachRequiredDocuments(id: string, token: string): Promise<void> {
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      const response = await api('POST', `/requests/${id}/attachments`, { token, body: form });
      expect(response.status).toBe(201);
    }
  }

  /** What review does when the secretariat returns a request: an event on intake's queue. */
  async function returnForRevision(requestId: string, version: number): Promise<EventEnvelope> {
    const event: EventEnvelope<'request.returned.v1', RequestReturnedV1> = {
      id: randomUUID(),
      type: 'request.returned.v1',
      source: 'review',
      sequence: 1,
      occurredAt: new Date().toISOString(),
      aggregateId: requestId,
      actor: { id: 'secretary-1', role: 'commission.secretary', name: 'Секретарь' },
      correlationId: randomUUID(),
      payload: { requestId, version, remarks: [{ field: 'budget.amountKzt', remark: 'Обоснуйте сумму' }] },
    };
    await intakeQueue.add(event.type, event, { ...EVENT_JOB_OPTIONS, jobId: event.id });
    return event;
  }

  it('drafts, submits, is returned, is revised and resubmitted as version 2', async () => {
    const created = await api('POST', '/requests', { token: submitter, body: { system: { titleRu: 'Черновик' } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: 1, registrationNumber: null, agencyBin });
    const id: string = created.body.id;

    const edited = await api('PATCH', `/requests/${id}`, {
      token: submitter,
      body: completeRequest(agencyBin),
      headers: { 'if-match': created.headers.get('etag')! },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.content.system.titleRu).toBe(completeRequest(agencyBin).system.titleRu);
    await attachRequiredDocuments(id, submitter);

    const bySubmitter = await api('POST', `/requests/${id}/submit`, { token: submitter });
    expect(bySubmitter.status).toBe(403);

    const submitted = await api('POST', `/requests/${id}/submit`, { token: signatory });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    const registrationNumber: string = submitted.body.registrationNumber;
    expect(registrationNumber).toMatch(/^QTX-\d{4}-\d{6}$/);

    const frozen = await api('PATCH', `/requests/${id}`, {
      token: submitter,
      body: { budget: { amountKzt: '1.00' } },
      headers: { 'if-match': submitted.body.etag },
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('INVALID_TRANSITION');

    await returnForRevision(id, 1);
    const returned = await eventually(async () => {
      const response = await api('GET', `/requests/${id}`, { token: submitter });
      return response.body.status === 'returned' ? response : undefined;
    });
    expect(returned.body.version).toBe(2);
    expect(returned.body.returnRemarks).toEqual([{ field: 'budget.amountKzt', remark: 'Обоснуйте сумму' }]);

    const revised = await api('PATCH', `/requests/${id}`, {
      token: submitter,
      body: { budget: { amountKzt: '990000000.00' } },
      headers: { 'if-match': returned.headers.get('etag')! },
    });
    expect(revised.status).toBe(200);
    const resubmitted = await api('POST', `/requests/${id}/submit`, { token: signatory });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body).toMatchObject({ status: 'submitted', version: 2, registrationNumber, returnRemarks: null });

    const versions = await api('GET', `/requests/${id}/versions`, { token: submitter });
    expect(versions.body.map((version: { version: number }) => version.version)).toEqual([1, 2]);
    const first = await api('GET', `/requests/${id}/versions/1`, { token: submitter });
    const second = await api('GET', `/requests/${id}/versions/2`, { token: submitter });
    expect(first.body.content.budget.amountKzt).toBe('1250000000.00');
    expect(second.body.content.budget.amountKzt).toBe('990000000.00');
    expect(second.body.attachments).toHaveLength(2);
    expect((await api('GET', `/requests/${id}/versions/3`, { token: submitter })).status).toBe(404);

    expect(first.body.registrationNumber).toBe(registrationNumber);
    expect(second.body.registrationNumber).toBe(registrationNumber);
    const events = await testApp.owner.query(`SELECT event_type, envelope FROM intake.outbox WHERE aggregate_id = $1 ORDER BY position`, [
      id,
    ]);
    // Both submissions hand review the number the agency was given.
    for (const row of events.filter((event: { event_type: string }) => event.event_type.endsWith('submitted.v1'))) {
      expect(row.envelope.payload.registrationNumber).toBe(registrationNumber);
    }
    expect(events.map((row: { event_type: string }) => row.event_type)).toEqual([
      'request.created.v1',
      'request.updated.v1',
      'request.attachment_added.v1',
      'request.attachment_added.v1',
      'request.submitted.v1',
      'request.updated.v1',
      'request.resubmitted.v1',
    ]);
  });

  it.each([
    [2026, 1, 'QTX-2026-000001'],
    [2026, 123, 'QTX-2026-000123'],
    [2027, 999_999, 'QTX-2027-999999'],
    [2027, 1_000_000, 'QTX-2027-1000000'],
  ])('numbers the year %i’s submission %i as %s', async (year, sequence, expected) => {
    const [row] = await testApp.owner.query('SELECT intake.registration_number($1, $2) AS number', [year, sequence]);
    expect(row.number).toBe(expected);
  });

  it('applies a return once, however often it is delivered', async () => {
    const created = await api('POST', '/requests', { token: submitter, body: completeRequest(agencyBin) });
    const id: string = created.body.id;
    await attachRequiredDocuments(id, submitter);
    await api('POST', `/requests/${id}/submit`, { token: signatory });
    const event = await returnForRevision(id, 1);
    // The same event again under another job id: what a redelivery after a lost acknowledgement looks like.
    const redelivery = await intakeQueue.add(event.type, event, { ...EVENT_JOB_OPTIONS, jobId: `${event.id}-again` });
    await eventually(async () => ((await redelivery.isCompleted()) ? true : undefined));
    const dataSource = testApp.owner;
    const handled = await dataSource.query('SELECT count(*)::int AS count FROM intake.processed_events WHERE event_id = $1', [event.id]);
    expect(handled[0].count).toBe(1);
    const after = await api('GET', `/requests/${id}`, { token: submitter });
    expect(after.body).toMatchObject({ status: 'returned', version: 2 });
    // A return of a version that is no longer current changes nothing either.
    const stale = await returnForRevision(id, 1);
    await eventually(async () => ((await intakeQueue.getJob(stale.id))?.finishedOn ? true : undefined));
    expect((await api('GET', `/requests/${id}`, { token: submitter })).body).toMatchObject({ status: 'returned', version: 2 });
  });

  it('withdraws before a decision, and then refuses everything', async () => {
    const created = await api('POST', '/requests', { token: submitter, body: completeRequest(agencyBin) });
    const id: string = created.body.id;
    const noReason = await api('POST', `/requests/${id}/withdraw`, { token: signatory, body: {} });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0]).toMatchObject({ field: 'reason', code: 'REQUIRED' });
    const withdrawn = await api('POST', `/requests/${id}/withdraw`, { token: signatory, body: { reason: 'Проект закрыт' } });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', allowedActions: [] });
    const again = await api('POST', `/requests/${id}/withdraw`, { token: signatory, body: { reason: 'ещё раз' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await api('POST', `/requests/${id}/submit`, { token: signatory })).body.code).toBe('INVALID_TRANSITION');
  });

  it('refuses to submit an incomplete request, naming every missing field', async () => {
    const created = await api('POST', '/requests', { token: signatory, body: { system: { titleRu: 'Неполная' } } });
    const refused = await api('POST', `/requests/${created.body.id}/submit`, { token: signatory, language: 'en' });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('INCOMPLETE_REQUEST');
    const fields = refused.body.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['system.titleKk', 'justification.reasons', 'budget.amountKzt', 'attachments']));
    const unchanged = await api('GET', `/requests/${created.body.id}`, { token: signatory });
    expect(unchanged.body).toMatchObject({ status: 'draft', registrationNumber: null });
  });
});
