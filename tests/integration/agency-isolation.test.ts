import { randomBytes } from 'node:crypto';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, ApiResponse, apiClient } from '../support/http-client';

interface Agency {
  bin: string;
  submitter: string;
  signatory: string;
}

interface Listed {
  id: string;
  status: string;
  agencyBin: string;
}

/** A word no other request in the database has, so a search hit can only be ours. */
const uniqueWord = (stem: string): string => `${stem}${randomBytes(4).toString('hex')}`;

describe('one agency cannot see or touch another agency’s requests', () => {
  let testApp: TestApp;
  let api: Api;
  let agencyA: Agency;
  let agencyB: Agency;
  // Cyrillic and Latin words: titles are Kazakh or Russian, and search must fold case in both.
  const wordA = uniqueWord('Изолятор');
  const latinWordA = uniqueWord('Isolation');
  let draftId: string;
  let submittedId: string;
  let attachmentIds: string[];
  /** All of A's requests, oldest first. */
  const createdByA: string[] = [];
  let bRequestId: string;

  async function agency(): Promise<Agency> {
    const bin = randomBin();
    return {
      bin,
      submitter: await tokenFor({ roles: ['agency.submitter'], agencyBin: bin, name: 'Исполнитель' }, testApp.config),
      signatory: await tokenFor({ roles: ['agency.signatory'], agencyBin: bin, name: 'Подписант' }, testApp.config),
    };
  }

  async function create(token: string, body: unknown): Promise<ApiResponse> {
    const created = await api('POST', '/requests', { token, body });
    expect(created.status).toBe(201);
    return created;
  }

  async function listAll(token: string, query = ''): Promise<Listed[]> {
    const response = await api('GET', `/requests?limit=100${query}`, { token });
    expect(response.status).toBe(200);
    expect(response.body.nextCursor).toBeUndefined();
    return response.body.items;
  }

  /** Everything A can observe about a request, to compare before and after B's attempts. */
  async function snapshotAsA(id: string): Promise<unknown> {
    const request = await api('GET', `/requests/${id}`, { token: agencyA.submitter });
    const versions = await api('GET', `/requests/${id}/versions`, { token: agencyA.submitter });
    const first = await api('GET', `/requests/${id}/versions/1`, { token: agencyA.submitter });
    expect(request.status).toBe(200);
    // A draft has no version 1 yet: its 404 is compared by code, since each error carries a fresh request id.
    const firstVersion = first.status === 200 ? first.body : { status: first.status, code: first.body.code };
    return { request: request.body, etag: request.headers.get('etag'), versions: versions.body, firstVersion };
  }

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    agencyA = await agency();
    agencyB = await agency();

    const draft = await create(agencyA.submitter, { system: { titleRu: `Черновик ${wordA}`, titleEn: `Draft ${latinWordA}` } });
    draftId = draft.body.id;
    createdByA.push(draftId);

    const full = completeRequest(agencyA.bin);
    const toSubmit = await create(agencyA.submitter, { ...full, system: { ...full.system, titleRu: `Поданная ${wordA}` } });
    submittedId = toSubmit.body.id;
    createdByA.push(submittedId);
    attachmentIds = [];
    for (const kind of ['feasibility_study', 'technical_specification']) {
      const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
      const uploaded = await api('POST', `/requests/${submittedId}/attachments`, { token: agencyA.submitter, body: form });
      expect(uploaded.status).toBe(201);
      attachmentIds.push(uploaded.body.id);
    }
    const submitted = await api('POST', `/requests/${submittedId}/submit`, { token: agencyA.signatory });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    // More drafts, so that pagination has several pages to walk.
    for (let n = 1; n <= 5; n += 1) {
      createdByA.push((await create(agencyA.submitter, { system: { titleRu: `Заявка номер ${n}` } })).body.id);
    }

    // B has a request of its own with A's word in the title: search must still stay within B.
    bRequestId = (await create(agencyB.submitter, { system: { titleRu: `Чужая ${wordA}` } })).body.id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('listing', () => {
    it.each(['submitter', 'signatory'] as const)('B’s %s lists only B’s requests', async (role) => {
      const token = agencyB[role];
      const queries = [
        '',
        `&q=${encodeURIComponent(wordA)}`,
        `&q=${encodeURIComponent(latinWordA)}`,
        '&status=draft',
        '&status=submitted',
        '&status=draft,submitted',
      ];
      for (const query of queries) {
        const items = await listAll(token, query);
        const ids = items.map((item) => item.id);
        for (const id of createdByA) expect({ query, leaked: ids.includes(id) }).toEqual({ query, leaked: false });
        expect(items.every((item) => item.agencyBin === agencyB.bin)).toBe(true);
      }
      // B's own request is listed where it matches: the filters work, they do not merely return nothing.
      expect((await listAll(token)).map((item) => item.id)).toEqual([bRequestId]);
      expect((await listAll(token, `&q=${encodeURIComponent(wordA)}`)).map((item) => item.id)).toEqual([bRequestId]);
      expect(await listAll(token, '&status=submitted')).toEqual([]);
    });
  });

  describe('B addressing A’s requests by id', () => {
    let before: Record<string, unknown>;

    beforeAll(async () => {
      before = { draft: await snapshotAsA(draftId), submitted: await snapshotAsA(submittedId) };
    });

    const expectNotFound = (response: ApiResponse): void => {
      // 404, not 403: a 403 would confirm to B that the id exists.
      expect({ status: response.status, code: response.body?.code }).toEqual({ status: 404, code: 'REQUEST_NOT_FOUND' });
    };

    it.each(['draft', 'submitted'] as const)('every route answers 404 REQUEST_NOT_FOUND for A’s %s request', async (which) => {
      const id = which === 'draft' ? draftId : submittedId;
      const unchanged = await snapshotAsA(id);
      const etag = (await api('GET', `/requests/${id}`, { token: agencyA.submitter })).headers.get('etag')!;
      for (const token of [agencyB.submitter, agencyB.signatory]) {
        expectNotFound(await api('GET', `/requests/${id}`, { token }));
        // With A's real ETag, so nothing but the agency check can stop the edit.
        expectNotFound(
          await api('PATCH', `/requests/${id}`, { token, body: { system: { titleRu: 'Захват' } }, headers: { 'if-match': etag } }),
        );
        expectNotFound(await api('GET', `/requests/${id}/versions`, { token }));
        expectNotFound(await api('GET', `/requests/${id}/versions/1`, { token }));
        const form = uploadForm(SAMPLE_FILES.pdf, 'intrusion.pdf', { kind: 'other', language: 'ru', classification: 'open' });
        expectNotFound(await api('POST', `/requests/${id}/attachments`, { token, body: form }));
      }
      expectNotFound(await api('POST', `/requests/${id}/submit`, { token: agencyB.signatory }));
      expectNotFound(await api('POST', `/requests/${id}/submit`, { token: agencyB.signatory, headers: { 'if-match': etag } }));
      expectNotFound(await api('POST', `/requests/${id}/withdraw`, { token: agencyB.signatory, body: { reason: 'Чужими руками' } }));
      expect(await snapshotAsA(id)).toEqual(unchanged);
    });

    it('downloads of A’s attachments answer 404 REQUEST_NOT_FOUND for B, and work for A', async () => {
      for (const attachmentId of attachmentIds) {
        const own = await api('GET', `/requests/${submittedId}/attachments/${attachmentId}`, { token: agencyA.submitter });
        expect(own.status).toBe(200);
        expect(own.body).toBe(SAMPLE_FILES.pdf.toString('utf8'));
        for (const token of [agencyB.submitter, agencyB.signatory]) {
          const response = await api('GET', `/requests/${submittedId}/attachments/${attachmentId}`, { token });
          expect({ status: response.status, code: response.body?.code }).toEqual({ status: 404, code: 'REQUEST_NOT_FOUND' });
        }
        // Nor through B's own request id: the attachment belongs to A's request only.
        const viaOwn = await api('GET', `/requests/${bRequestId}/attachments/${attachmentId}`, { token: agencyB.submitter });
        expect(viaOwn.status).toBe(404);
      }
    });

    it('leaves A’s requests exactly as they were', async () => {
      const after = { draft: await snapshotAsA(draftId), submitted: await snapshotAsA(submittedId) };
      expect(after).toEqual(before);
      const submitted = after.submitted as { request: { status: string; attachments: { id: string }[] } };
      expect(submitted.request.status).toBe('submitted');
      expect(submitted.request.attachments.map((attachment) => attachment.id).sort()).toEqual([...attachmentIds].sort());
    });
  });

  describe('one person acting for A and later for B', () => {
    // The same subject under two agencies: someone transferred between agencies, or an IdP account
    // that holds roles in both. What the person did for A must not surface while acting for B.
    // Agencies of their own here, so that A's listing tests below keep their exact expectations.
    const binA = randomBin();
    const binB = randomBin();
    const subject = `person:${randomBytes(6).toString('hex')}`;
    let forA: string;
    let forB: string;

    beforeAll(async () => {
      forA = await tokenFor({ roles: ['agency.signatory'], agencyBin: binA, subject }, testApp.config);
      forB = await tokenFor({ roles: ['agency.signatory'], agencyBin: binB, subject }, testApp.config);
    });

    it('does not get A’s request back from a create retried with the same Idempotency-Key', async () => {
      const key = `create-${randomBytes(8).toString('hex')}`;
      const body = { system: { titleRu: 'Повтор с ключом' } };
      const asA = await api('POST', '/requests', { token: forA, body, headers: { 'idempotency-key': key } });
      expect(asA.status).toBe(201);
      expect(asA.body.agencyBin).toBe(binA);
      const asB = await api('POST', '/requests', { token: forB, body, headers: { 'idempotency-key': key } });
      expect(asB.body.id).not.toBe(asA.body.id);
      expect(asB.body.agencyBin).not.toBe(binA);
      expect(asB.status).toBe(201);
      expect(asB.body.agencyBin).toBe(binB);
    });

    it('cannot replay A’s submission of A’s request through the same Idempotency-Key', async () => {
      const full = completeRequest(binA);
      const created = await api('POST', '/requests', {
        token: forA,
        body: { ...full, system: { ...full.system, titleRu: 'Подача с ключом' } },
      });
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      for (const kind of ['feasibility_study', 'technical_specification']) {
        const form = uploadForm(SAMPLE_FILES.pdf, `${kind}.pdf`, { kind, language: 'ru', classification: 'open' });
        expect((await api('POST', `/requests/${id}/attachments`, { token: forA, body: form })).status).toBe(201);
      }
      const key = `submit-${randomBytes(8).toString('hex')}`;
      const submitted = await api('POST', `/requests/${id}/submit`, { token: forA, headers: { 'idempotency-key': key } });
      expect(submitted.status).toBe(200);
      const replayed = await api('POST', `/requests/${id}/submit`, { token: forB, headers: { 'idempotency-key': key } });
      expect({ status: replayed.status, code: replayed.body?.code, agencyBin: replayed.body?.agencyBin }).toEqual({
        status: 404,
        code: 'REQUEST_NOT_FOUND',
        agencyBin: undefined,
      });
    });
  });

  describe('A’s own view', () => {
    it('finds A’s requests by a word of the title, in any letter case', async () => {
      for (const q of [wordA, wordA.toLowerCase(), wordA.toUpperCase()]) {
        const ids = (await listAll(agencyA.submitter, `&q=${encodeURIComponent(q)}`)).map((item) => item.id);
        expect({ q, ids: ids.sort() }).toEqual({ q, ids: [draftId, submittedId].sort() });
      }
      const latin = (await listAll(agencyA.submitter, `&q=${encodeURIComponent(latinWordA.toUpperCase())}`)).map((item) => item.id);
      expect(latin).toEqual([draftId]);
      expect(await listAll(agencyA.submitter, `&q=${encodeURIComponent(uniqueWord('Нет'))}`)).toEqual([]);
      // LIKE wildcards are literal characters in a search, not patterns matching everything.
      expect(await listAll(agencyA.submitter, '&q=%25')).toEqual([]);
      expect(await listAll(agencyA.submitter, '&q=_')).toEqual([]);
    });

    it('filters by status', async () => {
      const drafts = await listAll(agencyA.submitter, '&status=draft');
      expect(drafts.map((item) => item.id).sort()).toEqual(createdByA.filter((id) => id !== submittedId).sort());
      expect(drafts.every((item) => item.status === 'draft')).toBe(true);
      expect((await listAll(agencyA.submitter, '&status=submitted')).map((item) => item.id)).toEqual([submittedId]);
      expect((await listAll(agencyA.submitter, '&status=draft,submitted')).map((item) => item.id).sort()).toEqual([...createdByA].sort());
      expect((await listAll(agencyA.submitter, '&status=draft&status=submitted')).map((item) => item.id).sort()).toEqual(
        [...createdByA].sort(),
      );
      expect(await listAll(agencyA.submitter, '&status=withdrawn')).toEqual([]);
      const both = await listAll(agencyA.submitter, `&status=submitted&q=${encodeURIComponent(wordA)}`);
      expect(both.map((item) => item.id)).toEqual([submittedId]);
    });

    it('refuses an unknown status rather than ignoring it', async () => {
      const response = await api('GET', '/requests?status=nonsense', { token: agencyA.submitter });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });

    it('pages through all of A’s requests, newest first, each exactly once', async () => {
      expect(createdByA.length).toBeGreaterThanOrEqual(5);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const query = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
        const page = await api('GET', `/requests${query}`, { token: agencyA.signatory });
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeGreaterThan(0);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.body.items.map((item: Listed) => item.id));
        cursor = page.body.nextCursor;
        pages += 1;
        // A cursor that never ends would loop forever; the request count bounds the pages.
        expect(pages).toBeLessThanOrEqual(createdByA.length);
      } while (cursor !== undefined);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...createdByA].reverse());
      expect(pages).toBe(Math.ceil(createdByA.length / 2));
    });

    it('refuses a forged cursor', async () => {
      const forged = Buffer.from(JSON.stringify(['1; DROP TABLE intake.requests'])).toString('base64url');
      const response = await api('GET', `/requests?limit=2&cursor=${forged}`, { token: agencyA.signatory });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([expect.objectContaining({ field: 'cursor', code: 'INVALID_CURSOR' })]);
    });
  });
});
