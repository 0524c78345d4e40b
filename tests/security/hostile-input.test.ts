import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient, ApiResponse } from '../support/http-client';
import { docxZipBomb } from '../support/zip-bomb';

jest.setTimeout(120_000);

const FIELDS = { kind: 'other', language: 'ru', classification: 'open' };

function expectRefused(response: ApiResponse, status: number, code: string, field?: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  if (field) expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

describe('hostile input', () => {
  let testApp: TestApp;
  let api: Api;
  let token: string;
  const agencyBin = randomBin();

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    token = await tokenFor({ roles: ['agency.submitter'], agencyBin });
  });

  afterAll(async () => {
    await testApp.close();
  });

  const draft = async (titleRu: string): Promise<ApiResponse> => api('POST', '/requests', { token, body: { system: { titleRu } } });
  const titleOf = async (id: string): Promise<string> => (await api('GET', `/requests/${id}`, { token })).body.content.system.titleRu;
  const attachmentsOf = async (id: string): Promise<unknown[]> => (await api('GET', `/requests/${id}`, { token })).body.attachments;

  describe('text', () => {
    it.each([["' OR 1=1 --"], ['"; DROP TABLE intake.requests; --'], ['\\x27 UNION SELECT agency_bin FROM intake.requests --'], ['%_%']])(
      'stores SQL %s harmlessly: exactly as sent, and a search for it finds only the agency’s own',
      async (sql) => {
        const created = await draft(sql);
        expect(created.status).toBe(201);
        expect(await titleOf(created.body.id)).toBe(sql);
        const found = await api('GET', `/requests?q=${encodeURIComponent(sql)}`, { token });
        expect(found.status).toBe(200);
        expect(found.body.items.every((item: { agencyBin: string }) => item.agencyBin === agencyBin)).toBe(true);
      },
    );

    it('refuses a 100 000-character title with TOO_LONG on the field', async () => {
      expectRefused(await draft('Ж'.repeat(100_000)), 400, 'VALIDATION_FAILED', 'system.titleRu');
    });

    // A NUL byte in any field is refused as CONTROL_CHARACTER: tests/integration/validation.test.ts.

    it('refuses raw bytes that are not UTF-8 in a JSON body with MALFORMED_BODY', async () => {
      const bytes = Buffer.concat([Buffer.from('{"system":{"titleRu":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}}')]);
      const response = await fetch(`${testApp.baseUrl}/requests`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: bytes,
      });
      expect({ status: response.status, code: ((await response.json()) as { code: string }).code }).toEqual({
        status: 400,
        code: 'MALFORMED_BODY',
      });
    });

    it('stores right-to-left overrides and zero-width characters harmlessly: exactly as sent, as JSON text', async () => {
      const tricky = 'Система \u202Efdp.exe\u202C учёта\u200B\u200D\uFEFF';
      const created = await draft(tricky);
      expect(created.status).toBe(201);
      expect(await titleOf(created.body.id)).toBe(tricky);
    });

    it('refuses __proto__ and constructor keys instead of merging them', async () => {
      const response = await api('POST', '/requests', {
        token,
        body: '{"system":{"titleRu":"x"},"__proto__":{"admin":true}}',
        headers: { 'content-type': 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(['MALFORMED_BODY', 'VALIDATION_FAILED']).toContain(response.body.code);
    });
  });

  describe('uploads', () => {
    let requestId: string;

    beforeAll(async () => {
      requestId = (await draft('Загрузки')).body.id;
    });

    it.each([
      ['..\\..\\windows\\system32\\evil.pdf', 'evil.pdf'],
      ['/etc/passwd.pdf', 'passwd.pdf'],
      ['....//....//secret.pdf', 'secret.pdf'],
      ['%2e%2e%2fup.pdf', '%2e%2e%2fup.pdf'],
      ['\u202Efdp.exe', 'fdp.exe'],
    ])('stores a file named %s under a bare name (%s), inside STORAGE_DIR only', async (name, stored) => {
      const response = await api('POST', `/requests/${requestId}/attachments`, { token, body: uploadForm(SAMPLE_FILES.pdf, name, FIELDS) });
      expect(response.status).toBe(201);
      expect(response.body.fileName).toBe(stored);
      const storage = resolve(testApp.config.STORAGE_DIR);
      expect(existsSync(resolve(storage, '..', 'secret.pdf'))).toBe(false);
      expect(readdirSync(join(storage, '..')).every((entry) => !entry.endsWith('.pdf'))).toBe(true);
    });

    it('stores a PDF whose name says .docx harmlessly, as the PDF its content proves', async () => {
      const response = await api('POST', `/requests/${requestId}/attachments`, {
        token,
        body: uploadForm(SAMPLE_FILES.pdf, 'report.docx', FIELDS),
      });
      expect(response.status).toBe(201);
      expect(response.body.mediaType).toBe('application/pdf');
    });

    it('refuses a DOCX-shaped zip bomb (2 GiB unpacked) with UNSUPPORTED_FILE_TYPE, storing nothing', async () => {
      const bomb = docxZipBomb(8, 256 * 1024 * 1024);
      expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
      const before = await attachmentsOf(requestId);
      const response = await api('POST', `/requests/${requestId}/attachments`, { token, body: uploadForm(bomb, 'report.docx', FIELDS) });
      expectRefused(response, 415, 'UNSUPPORTED_FILE_TYPE');
      expect(await attachmentsOf(requestId)).toEqual(before);
    });

    it('still accepts the same archive shape at a real document’s size', async () => {
      const response = await api('POST', `/requests/${requestId}/attachments`, {
        token,
        body: uploadForm(docxZipBomb(2, 1024 * 1024), 'small.docx', FIELDS),
      });
      expect(response.status).toBe(201);
    });

    it.each([
      ['no boundary', 'multipart/form-data', 'whatever'],
      [
        'a body cut short',
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
      ],
    ])('refuses a multipart body with %s as MALFORMED_UPLOAD, storing nothing', async (_, type, body) => {
      const before = await attachmentsOf(requestId);
      const response = await api('POST', `/requests/${requestId}/attachments`, { token, headers: { 'content-type': type }, body });
      expectRefused(response, 400, 'MALFORMED_UPLOAD');
      expect(await attachmentsOf(requestId)).toEqual(before);
    });
  });
});
