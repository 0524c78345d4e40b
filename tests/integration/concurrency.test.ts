import { DataSource } from 'typeorm';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { commission, onAgenda, submitCompleteRequest } from '../support/review-flow';

describe('concurrent and repeated requests', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function agency() {
    const bin = randomBin();
    return {
      bin,
      submitter: await tokenFor({ roles: ['agency.submitter'], agencyBin: bin }),
      signatory: await tokenFor({ roles: ['agency.signatory'], agencyBin: bin }),
    };
  }

  async function readyToSubmit(bin: string, token: string): Promise<string> {
    const created = await api('POST', '/requests', { token, body: completeRequest(bin) });
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'kk', classification: 'open' });
      expect((await api('POST', `/requests/${created.body.id}/attachments`, { token, body: form })).status).toBe(201);
    }
    return created.body.id;
  }

  it('gives 50 concurrent submissions 50 distinct, gapless registration numbers', async () => {
    const { bin, signatory } = await agency();
    const complete = await Promise.all(Array.from({ length: 50 }, () => readyToSubmit(bin, signatory)));
    // Incomplete ones submitted in the same burst fail and must not burn a number.
    const incomplete = await Promise.all(
      Array.from(
        { length: 10 },
        async () => (await api('POST', '/requests', { token: signatory, body: { system: { titleRu: 'x' } } })).body.id,
      ),
    );
    const responses = await Promise.all(
      [...complete, ...incomplete].map((id) => api('POST', `/requests/${id}/submit`, { token: signatory })),
    );
    expect(responses.filter((response) => response.status === 422)).toHaveLength(10);
    const numbers = responses.filter((response) => response.status === 200).map((response) => response.body.registrationNumber as string);
    expect(numbers).toHaveLength(50);
    expect(new Set(numbers).size).toBe(50);
    const sequences = numbers.map((number) => Number(number.split('-')[2])).sort((a, b) => a - b);
    expect(sequences.at(-1)! - sequences[0]! + 1).toBe(50);
    const year = Number(numbers[0]!.split('-')[1]);
    const [counter] = await dataSource.query('SELECT last_number FROM intake.registration_counters WHERE year = $1', [year]);
    expect(counter.last_number).toBe(sequences.at(-1));
  });

  it('lets only one of two edits based on the same version win', async () => {
    const { bin, submitter } = await agency();
    const created = await api('POST', '/requests', { token: submitter, body: completeRequest(bin) });
    const etag = created.headers.get('etag')!;
    const [first, second] = await Promise.all([
      api('PATCH', `/requests/${created.body.id}`, {
        token: submitter,
        body: { budget: { amountKzt: '1.00' } },
        headers: { 'if-match': etag },
      }),
      api('PATCH', `/requests/${created.body.id}`, {
        token: submitter,
        body: { budget: { amountKzt: '2.00' } },
        headers: { 'if-match': etag },
      }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 412]);
    const loser = first.status === 412 ? first : second;
    expect(loser.body.code).toBe('VERSION_MISMATCH');
    const winner = first.status === 200 ? first : second;
    const stored = await api('GET', `/requests/${created.body.id}`, { token: submitter });
    expect(stored.body.content.budget.amountKzt).toBe(winner.body.content.budget.amountKzt);
    expect(stored.headers.get('etag')).toBe('"2"');
  });

  it('refuses an edit without If-Match (428) and with a stale one (412)', async () => {
    const { submitter } = await agency();
    const created = await api('POST', '/requests', { token: submitter, body: {} });
    const missing = await api('PATCH', `/requests/${created.body.id}`, { token: submitter, body: { system: { titleRu: 'a' } } });
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('PRECONDITION_REQUIRED');
    await api('PATCH', `/requests/${created.body.id}`, {
      token: submitter,
      body: { system: { titleRu: 'b' } },
      headers: { 'if-match': '"1"' },
    });
    const stale = await api('PATCH', `/requests/${created.body.id}`, {
      token: submitter,
      body: { system: { titleRu: 'c' } },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect((await api('GET', `/requests/${created.body.id}`, { token: submitter })).body.content.system.titleRu).toBe('b');
  });

  describe('Idempotency-Key', () => {
    it('returns the first answer to a retried create, and creates one request', async () => {
      const { bin, submitter } = await agency();
      const body = { system: { titleRu: 'Идемпотентно', titleKk: 'Қайталанбайтын' } };
      const first = await api('POST', '/requests', { token: submitter, body, headers: { 'idempotency-key': 'create-1' } });
      const retry = await api('POST', '/requests', { token: submitter, body, headers: { 'idempotency-key': 'create-1' } });
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      const list = await api('GET', '/requests', { token: submitter });
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0].agencyBin).toBe(bin);
    });

    it('creates one request when the same retry arrives from 20 clients at once', async () => {
      const { submitter } = await agency();
      const body = { system: { titleRu: 'Гонка' } };
      const responses = await Promise.all(
        Array.from({ length: 20 }, () => api('POST', '/requests', { token: submitter, body, headers: { 'idempotency-key': 'burst-1' } })),
      );
      expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
      expect((await api('GET', '/requests', { token: submitter })).body.items).toHaveLength(1);
      const [{ drafted }] = (await dataSource.query('SELECT count(*)::int AS drafted FROM intake.outbox WHERE aggregate_id = $1', [
        responses[0]!.body.id,
      ])) as { drafted: number }[];
      expect(drafted).toBe(1);
    });

    it('refuses the same key with another body (422) and keeps keys per user', async () => {
      const { bin, submitter } = await agency();
      await api('POST', '/requests', { token: submitter, body: { system: { titleRu: 'A' } }, headers: { 'idempotency-key': 'k-1' } });
      const reused = await api('POST', '/requests', {
        token: submitter,
        body: { system: { titleRu: 'B' } },
        headers: { 'idempotency-key': 'k-1' },
      });
      expect(reused.status).toBe(422);
      expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      const colleague = await tokenFor({ roles: ['agency.submitter'], agencyBin: bin, subject: 'colleague' });
      const theirs = await api('POST', '/requests', {
        token: colleague,
        body: { system: { titleRu: 'B' } },
        headers: { 'idempotency-key': 'k-1' },
      });
      expect(theirs.status).toBe(201);
      const invalid = await api('POST', '/requests', { token: submitter, body: {}, headers: { 'idempotency-key': 'has spaces' } });
      expect(invalid.status).toBe(400);
      expect(invalid.body.details[0]).toMatchObject({ field: 'Idempotency-Key', code: 'INVALID_FORMAT' });
    });

    it('answers a retried submission like the first, with one version and one event', async () => {
      const { bin, signatory } = await agency();
      const id = await readyToSubmit(bin, signatory);
      const headers = { 'idempotency-key': `submit-${id}` };
      const first = await api('POST', `/requests/${id}/submit`, { token: signatory, headers });
      const retry = await api('POST', `/requests/${id}/submit`, { token: signatory, headers });
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.body.registrationNumber).toBe(first.body.registrationNumber);
      expect((await api('GET', `/requests/${id}/versions`, { token: signatory })).body).toHaveLength(1);
      const events = await dataSource.query(
        "SELECT count(*)::int AS count FROM intake.outbox WHERE aggregate_id = $1 AND event_type = 'request.submitted.v1'",
        [id],
      );
      expect(events[0].count).toBe(1);
      // Without the key, a repeated submission is a conflict, not a second submission.
      expect((await api('POST', `/requests/${id}/submit`, { token: signatory })).status).toBe(409);
    });
  });

  it('counts 20 simultaneous votes of one member once', async () => {
    const { bin, signatory } = await agency();
    const secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'burst-secretary' });
    const board = await commission(randomBin(), 'burst');
    const itemId = await onAgenda(api, secretary, board, await submitCompleteRequest(api, signatory, bin));
    const votes = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        api('POST', `/review/agenda-items/${itemId}/votes`, {
          token: board.members.m2!,
          body: { choice: index % 2 === 0 ? 'for' : 'against' },
        }),
      ),
    );
    const answers = votes.map((vote) => `${vote.status} ${vote.body.code ?? ''}`.trim());
    expect(answers.filter((answer) => answer === '201')).toHaveLength(1);
    expect(answers.filter((answer) => answer !== '201')).toEqual(Array(19).fill('409 ALREADY_VOTED'));
    const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM review.votes WHERE item_id = $1', [itemId])) as {
      count: number;
    }[];
    expect(count).toBe(1);
  });
});
