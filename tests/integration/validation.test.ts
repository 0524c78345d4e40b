import { IntakeFieldError } from '@qaztech/intake';
import { AnyFieldCode, ErrorCode, errorMessage, FieldErrorCode, fieldErrorMessage, Language, MessageParams } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, ApiResponse, apiClient } from '../support/http-client';

const LANGUAGES: readonly Language[] = ['kk', 'ru', 'en'];

// Spelled out here rather than imported from the catalogues, so a change to the lists the
// product accepts is caught by this test instead of silently followed by it.
const SYSTEM_KINDS = 'new_system, new_module, development_of_existing';
const REASON_CATEGORIES =
  'state_secrets, dsp_data, special_hardware_or_network, performance_or_scale, legal_mandate, integration_constraints, international_obligations, other';

interface BadBody {
  name: string;
  body: Record<string, unknown>;
  field: string;
  code: AnyFieldCode;
  params?: MessageParams;
}

/** Each body breaks exactly one rule, so exactly one detail is expected back. */
function badBodies(otherAgencyBin: string): BadBody[] {
  return [
    { name: 'a number for a title', body: { system: { titleRu: 42 } }, field: 'system.titleRu', code: FieldErrorCode.MUST_BE_STRING },
    {
      name: 'a title of 501 characters',
      body: { system: { titleKk: 'ә'.repeat(501) } },
      field: 'system.titleKk',
      code: FieldErrorCode.TOO_LONG,
      params: { max: 500 },
    },
    {
      name: 'a NUL character in a title',
      body: { system: { titleRu: 'Система\u0000учёта' } },
      field: 'system.titleRu',
      code: FieldErrorCode.CONTROL_CHARACTER,
    },
    {
      name: 'a BIN with a wrong check digit',
      body: { applicant: { bin: '940140000386' } },
      field: 'applicant.bin',
      code: FieldErrorCode.INVALID_BIN,
    },
    {
      name: "another agency's valid BIN",
      body: { applicant: { bin: otherAgencyBin } },
      field: 'applicant.bin',
      code: IntakeFieldError.APPLICANT_MISMATCH,
    },
    {
      name: 'a system kind outside the list',
      body: { system: { kind: 'blockchain' } },
      field: 'system.kind',
      code: FieldErrorCode.NOT_ALLOWED_VALUE,
      params: { allowed: SYSTEM_KINDS },
    },
    {
      name: 'an amount with three decimals',
      body: { budget: { amountKzt: '12.345' } },
      field: 'budget.amountKzt',
      code: FieldErrorCode.INVALID_AMOUNT,
    },
    {
      name: 'an amount as a JSON number',
      body: { budget: { amountKzt: 12 } },
      field: 'budget.amountKzt',
      code: FieldErrorCode.INVALID_AMOUNT,
    },
    {
      name: 'the 30th of February',
      body: { timeline: { plannedStart: '2026-02-30' } },
      field: 'timeline.plannedStart',
      code: FieldErrorCode.INVALID_DATE,
    },
    {
      name: 'an email without a domain',
      body: { applicant: { contactPerson: { email: 'a.sadykova@' } } },
      field: 'applicant.contactPerson.email',
      code: FieldErrorCode.INVALID_EMAIL,
    },
    {
      name: 'negative expected users',
      body: { system: { expectedUsers: -1 } },
      field: 'system.expectedUsers',
      code: FieldErrorCode.OUT_OF_RANGE,
    },
    {
      name: 'fractional expected users',
      body: { system: { expectedUsers: 12.5 } },
      field: 'system.expectedUsers',
      code: FieldErrorCode.MUST_BE_INTEGER,
    },
    {
      name: 'a wrong category in the second reason',
      body: {
        justification: {
          reasons: [
            { category: 'state_secrets', explanation: 'ok' },
            { category: 'convenience', explanation: 'no' },
          ],
        },
      },
      field: 'justification.reasons.1.category',
      code: FieldErrorCode.NOT_ALLOWED_VALUE,
      params: { allowed: REASON_CATEGORIES },
    },
    { name: 'a string where the system object belongs', body: { system: 'x' }, field: 'system', code: FieldErrorCode.MUST_BE_OBJECT },
    {
      name: 'an unknown top-level field',
      body: { system: { titleRu: 'Система' }, priority: 'urgent' },
      field: 'priority',
      code: FieldErrorCode.UNKNOWN_FIELD,
    },
    {
      name: 'an unknown nested field',
      body: { applicant: { contactPerson: { fullName: 'Айгерим Садыкова', telegram: '@aigerim' } } },
      field: 'applicant.contactPerson.telegram',
      code: FieldErrorCode.UNKNOWN_FIELD,
    },
  ];
}

/** What every error of this API promises, whatever went wrong. */
function expectErrorEnvelope(response: ApiResponse, status: number, code: ErrorCode, language: Language): void {
  expect(response.status).toBe(status);
  expect(response.body).toEqual(expect.objectContaining({ code, details: expect.any(Array) }));
  expect(response.body.message).toBe(errorMessage(code, language));
  expect(response.headers.get('content-language')).toBe(language);
  expect(typeof response.body.requestId).toBe('string');
  expect(response.body.requestId).not.toBe('');
  expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
}

describe('validation of request bodies and queries', () => {
  let testApp: TestApp;
  let api: Api;
  // The table's agency files nothing that is accepted, so its list must stay empty.
  const refusedAgencyBin = randomBin();
  let refusedAgency: string;
  const cases = badBodies(randomBin());

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    refusedAgency = await tokenFor({ roles: ['agency.submitter'], agencyBin: refusedAgencyBin });
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe.each(cases)('POST /requests with $name', (testCase) => {
    it.each(LANGUAGES)('is refused in %s, naming the field', async (language) => {
      const response = await api('POST', '/requests', { token: refusedAgency, body: testCase.body, language });
      expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, language);
      expect(response.body.details).toEqual([
        { field: testCase.field, code: testCase.code, message: fieldErrorMessage(testCase.code, language, testCase.params) },
      ]);
      // A message with its placeholder left in would still equal a wrongly parameterised expectation.
      expect(response.body.details[0].message).not.toMatch(/\{\w+\}/);
    });
  });

  it('tells the limit and the allowed values in the message itself', async () => {
    const tooLong = await api('POST', '/requests', {
      token: refusedAgency,
      body: { system: { titleRu: 'я'.repeat(501) } },
      language: 'en',
    });
    expect(tooLong.body.details[0].message).toContain('500');
    const notAllowed = await api('POST', '/requests', { token: refusedAgency, body: { system: { kind: 'blockchain' } }, language: 'ru' });
    for (const kind of ['new_system', 'new_module', 'development_of_existing']) expect(notAllowed.body.details[0].message).toContain(kind);
  });

  it('speaks three different languages, not one in three disguises', async () => {
    const responses = await Promise.all(
      LANGUAGES.map((language) =>
        api('POST', '/requests', { token: refusedAgency, body: { timeline: { plannedStart: '2026-02-30' } }, language }),
      ),
    );
    expect(new Set(responses.map((response) => response.body.message)).size).toBe(3);
    expect(new Set(responses.map((response) => response.body.details[0].message)).size).toBe(3);
  });

  it('answers in Russian when no language is asked for', async () => {
    const response = await api('POST', '/requests', { token: refusedAgency, body: { system: { titleRu: 42 } } });
    expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'ru');
    expect(response.body.details[0].message).toBe(fieldErrorMessage(FieldErrorCode.MUST_BE_STRING, 'ru'));
  });

  it('answers in English to a browser-style en-US,en;q=0.9', async () => {
    const response = await api('POST', '/requests', {
      token: refusedAgency,
      body: { system: { titleRu: 42 } },
      language: 'en-US,en;q=0.9',
    });
    expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'en');
    expect(response.body.details[0].message).toBe(fieldErrorMessage(FieldErrorCode.MUST_BE_STRING, 'en'));
  });

  describe('bodies and addresses the parser or router refuses', () => {
    it('refuses malformed JSON as MALFORMED_BODY', async () => {
      const response = await api('POST', '/requests', {
        token: refusedAgency,
        body: '{"system": {"titleRu": "Система"',
        headers: { 'content-type': 'application/json' },
        language: 'en',
      });
      expectErrorEnvelope(response, 400, ErrorCode.MALFORMED_BODY, 'en');
    });

    it.each([
      ['text/plain; charset=utf-8', 'system.titleRu=Система'],
      ['application/xml', '<request><system><titleRu>Система</titleRu></system></request>'],
      // An empty form body once created a draft: forms are not a way in.
      ['application/x-www-form-urlencoded', ''],
      ['application/x-www-form-urlencoded', 'a=1'],
    ])('refuses a %s body as UNSUPPORTED_MEDIA_TYPE', async (contentType, body) => {
      const response = await api('POST', '/requests', {
        token: refusedAgency,
        body,
        headers: { 'content-type': contentType },
        language: 'kk',
      });
      expectErrorEnvelope(response, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'kk');
      expect(response.body.details).toEqual([]);
    });

    it('refuses a JSON body over 1 MB as PAYLOAD_TOO_LARGE', async () => {
      // The size is judged before the content: the padding field would be UNKNOWN_FIELD, so a 400
      // here would mean the server parsed and validated a body it should never have read whole.
      const body = { system: { titleRu: 'Система' }, padding: 'x'.repeat(1024 * 1024) };
      const response = await api('POST', '/requests', { token: refusedAgency, body, language: 'ru' });
      expectErrorEnvelope(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'ru');
    });

    it('refuses an id that is not a UUID as INVALID_ID, before it reaches the database', async () => {
      const response = await api('GET', '/requests/not-a-uuid', { token: refusedAgency, language: 'en' });
      expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'en');
      expect(response.body.details).toEqual([
        { field: 'id', code: FieldErrorCode.INVALID_ID, message: fieldErrorMessage(FieldErrorCode.INVALID_ID, 'en') },
      ]);
    });

    it.each([
      ['garbage', 'not-a-cursor'],
      ['a well-formed cursor with a forged key', Buffer.from(JSON.stringify(["1' OR '1'='1"])).toString('base64url')],
      ['a cursor holding an object', Buffer.from(JSON.stringify({ position: 5 })).toString('base64url')],
    ])('refuses %s as a cursor', async (_name, cursor) => {
      const response = await api('GET', `/requests?cursor=${encodeURIComponent(cursor)}`, { token: refusedAgency, language: 'kk' });
      expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'kk');
      expect(response.body.details).toEqual([
        { field: 'cursor', code: FieldErrorCode.INVALID_CURSOR, message: fieldErrorMessage(FieldErrorCode.INVALID_CURSOR, 'kk') },
      ]);
    });

    it('refuses a NUL character in a search as a field error, not a server error', async () => {
      const response = await api('GET', '/requests?q=%00', { token: refusedAgency, language: 'en' });
      expect(response.status).toBe(400);
      expect(response.body.details).toEqual([
        { field: 'q', code: 'CONTROL_CHARACTER', message: 'The text contains a NUL character (U+0000).' },
      ]);
    });

    it('refuses limit=1000', async () => {
      const response = await api('GET', '/requests?limit=1000', { token: refusedAgency, language: 'en' });
      expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'en');
      expect(response.body.details).toEqual([
        { field: 'limit', code: FieldErrorCode.OUT_OF_RANGE, message: fieldErrorMessage(FieldErrorCode.OUT_OF_RANGE, 'en') },
      ]);
    });

    it('refuses an unknown query parameter', async () => {
      const response = await api('GET', '/requests?sort=title', { token: refusedAgency, language: 'ru' });
      expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'ru');
      expect(response.body.details).toEqual([
        { field: 'sort', code: FieldErrorCode.UNKNOWN_FIELD, message: fieldErrorMessage(FieldErrorCode.UNKNOWN_FIELD, 'ru') },
      ]);
    });

    it('answers an unknown route with ROUTE_NOT_FOUND', async () => {
      const response = await api('GET', '/requestz', { token: refusedAgency, language: 'en' });
      expectErrorEnvelope(response, 404, ErrorCode.ROUTE_NOT_FOUND, 'en');
      expect(response.body.details).toEqual([]);
    });
  });

  describe('PATCH /requests/:id', () => {
    // An agency of its own: these tests create requests, which the empty-list check must not see.
    const editingAgencyBin = randomBin();
    let editor: string;

    beforeAll(async () => {
      editor = await tokenFor({ roles: ['agency.submitter'], agencyBin: editingAgencyBin });
    });

    async function draft(): Promise<{ id: string; etag: string; content: Record<string, any> }> {
      const created = await api('POST', '/requests', {
        token: editor,
        body: {
          system: { titleRu: 'Система учёта', titleKk: 'Есепке алу жүйесі', expectedUsers: 10 },
          budget: { amountKzt: '1500000.00', fundingSource: 'republican_budget' },
        },
      });
      expect(created.status).toBe(201);
      return { id: created.body.id, etag: created.headers.get('etag')!, content: created.body.content };
    }

    it('removes a field sent as null and keeps the rest (JSON Merge Patch)', async () => {
      const { id, etag } = await draft();
      const patched = await api('PATCH', `/requests/${id}`, {
        token: editor,
        body: { system: { titleKk: null, titleEn: 'Accounting system' }, budget: null },
        headers: { 'if-match': etag },
      });
      expect(patched.status).toBe(200);
      const expectedSystem = { titleRu: 'Система учёта', titleEn: 'Accounting system', expectedUsers: 10 };
      expect(patched.body.content.system).toEqual(expectedSystem);
      expect(patched.body.content).not.toHaveProperty('budget');
      // The removal is stored, not only echoed.
      const reread = await api('GET', `/requests/${id}`, { token: editor });
      expect(reread.body.content.system).toEqual(expectedSystem);
      expect(reread.body.content).not.toHaveProperty('budget');
      expect(reread.body.content.applicant).toEqual({ bin: editingAgencyBin });
    });

    describe.each(cases)('with $name', (testCase) => {
      it('is refused like a POST and changes nothing', async () => {
        const before = await draft();
        // The mismatching BIN was made for the other agency of the table; any BIN but the editor's mismatches.
        const response = await api('PATCH', `/requests/${before.id}`, {
          token: editor,
          body: testCase.body,
          headers: { 'if-match': before.etag },
          language: 'en',
        });
        expectErrorEnvelope(response, 400, ErrorCode.VALIDATION_FAILED, 'en');
        expect(response.body.details).toEqual([
          { field: testCase.field, code: testCase.code, message: fieldErrorMessage(testCase.code, 'en', testCase.params) },
        ]);
        const after = await api('GET', `/requests/${before.id}`, { token: editor });
        expect(after.headers.get('etag')).toBe(before.etag);
        expect(after.body.content).toEqual(before.content);
      });
    });
  });

  describe('after every refusal', () => {
    it("leaves the refused agency's list empty: nothing was half-written", async () => {
      const list = await api('GET', '/requests', { token: refusedAgency });
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([]);
      expect(list.body).not.toHaveProperty('nextCursor');
    });
  });
});
