import { DataSource } from 'typeorm';
import { ManualClock } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, eventually, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';

/** The moment the test sets: far enough from the real time that a real reading would show. */
const SET_AT = '2026-02-03T04:05:06.000Z';
const A_DAY_LATER = '2026-02-04T04:05:06.000Z';

describe('the time intake and the ledger record', () => {
  const clock = new ManualClock(SET_AT);
  const agencyBin = randomBin();
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp({}, clock);
    api = apiClient(testApp.baseUrl);
    // The owner's connection reads across the schemas; each context's own role sees only its own.
    dataSource = testApp.owner;
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('is the injected clock’s: submission, withdrawal, their events, and the export', async () => {
    const submitter = await tokenFor({ roles: ['agency.submitter'], agencyBin });
    const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const created = await api('POST', '/requests', { token: submitter, body: completeRequest(agencyBin) });
    expect(created.status).toBe(201);
    const id: string = created.body.id;
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      expect((await api('POST', `/requests/${id}/attachments`, { token: submitter, body: form })).status).toBe(201);
    }

    const submitted = await api('POST', `/requests/${id}/submit`, { token: signatory });
    expect(submitted.status).toBe(200);
    expect(submitted.body.submittedAt).toBe(SET_AT);

    clock.advance(24 * 3600_000);
    const withdrawn = await api('POST', `/requests/${id}/withdraw`, { token: signatory, body: { reason: 'Строим на QazTech' } });
    expect(withdrawn.status).toBe(200);
    const [stored] = await dataSource.query('SELECT withdrawn_at FROM intake.requests WHERE id = $1', [id]);
    expect((stored.withdrawn_at as Date).toISOString()).toBe(A_DAY_LATER);

    const events: { event_type: string; occurred_at: string }[] = await dataSource.query(
      `SELECT event_type, envelope->>'occurredAt' AS occurred_at FROM intake.outbox WHERE aggregate_id = $1 ORDER BY position`,
      [id],
    );
    const occurredAt = Object.fromEntries(events.map((event) => [event.event_type, event.occurred_at]));
    expect(occurredAt['request.submitted.v1']).toBe(SET_AT);
    expect(occurredAt['request.withdrawn.v1']).toBe(A_DAY_LATER);

    const ledgered = await eventually(async () => {
      const rows: { occurred_at: Date }[] = await dataSource.query(
        "SELECT occurred_at FROM audit.entries WHERE request_id = $1 AND event_type = 'request.withdrawn.v1'",
        [id],
      );
      return rows[0];
    }, 20_000);
    expect(ledgered.occurred_at.toISOString()).toBe(A_DAY_LATER);

    const auditor = await tokenFor({ roles: ['auditor'] });
    const exported = await api<string>('GET', '/audit/export', { token: auditor });
    expect(exported.status).toBe(200);
    expect(JSON.parse(exported.body.split('\n')[0]!)).toMatchObject({ kind: 'header', exportedAt: A_DAY_LATER });
  });
});
