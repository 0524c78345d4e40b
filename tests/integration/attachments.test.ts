import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { DataSource } from 'typeorm';
import { IntakeError, IntakeFieldError, IntakeModule } from '@qaztech/intake';
import { AnyErrorCode, ErrorCode, errorMessage, FieldErrorCode, fieldErrorMessage } from '@qaztech/platform';
import { RequestRepository } from '../../libs/intake/src/requests/request.repository';
import { toRequestView } from '../../libs/intake/src/requests/request.view';
import { AgencyScope } from '../../libs/intake/src/shared/agency-scope';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, ApiResponse, apiClient } from '../support/http-client';

const METADATA = { kind: 'feasibility_study', language: 'ru', classification: 'open' };
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Every file under `root`, as paths relative to it; a missing directory holds nothing. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** A PDF no other test sends, so its stored object can only come from the test at hand. */
function uniquePdf(): Buffer {
  return Buffer.concat([SAMPLE_FILES.pdf, Buffer.from(`% ${randomUUID()}\n`)]);
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every test on both stores: the local directory (STORAGE_DIR) and intake's schema (the default). */
describe.each(['directory', 'postgres'] as const)('attachments, stored in %s', (store) => {
  let testApp: TestApp;
  let api: Api;
  let workArea: string;
  let storageDir: string;
  const agencyBin = randomBin();
  let submitter: string;
  let signatory: string;
  let stranger: string;

  beforeAll(async () => {
    // A storage directory of this file's own, inside a directory of its own: other test files
    // upload in parallel to the run's shared STORAGE_DIR, and their files would make the
    // "nothing stored" listings below unreliable.
    const scratch = process.env.STORAGE_DIR ? dirname(process.env.STORAGE_DIR) : tmpdir();
    await mkdir(scratch, { recursive: true });
    workArea = await mkdtemp(join(scratch, 'attachments-'));
    // Intake reads its own variables from the process's environment when its module is built.
    const previous = process.env.ATTACHMENTS_STORE;
    process.env.ATTACHMENTS_STORE = store;
    try {
      testApp = await startTestApp({ STORAGE_DIR: join(workArea, 'storage') });
    } finally {
      if (previous === undefined) delete process.env.ATTACHMENTS_STORE;
      else process.env.ATTACHMENTS_STORE = previous;
    }
    storageDir = testApp.config.STORAGE_DIR;
    api = apiClient(testApp.baseUrl);
    submitter = await tokenFor({ roles: ['agency.submitter'], agencyBin, name: 'Ерлан Жумабаев' });
    signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin, name: 'Айгерим Садыкова' });
    stranger = await tokenFor({ roles: ['agency.submitter', 'agency.signatory'], agencyBin: randomBin(), name: 'Чужой' });
  });

  afterAll(async () => {
    await testApp.close();
    await rm(workArea, { recursive: true, force: true });
  });

  /** The stored objects, as `ab/abcdef…` by their SHA-256, whichever store holds them. */
  async function storedObjects(): Promise<string[]> {
    if (store === 'directory') return filesUnder(join(storageDir, 'objects'));
    const rows: { sha256: string }[] = await testApp.owner.query('SELECT sha256 FROM intake.attachment_objects ORDER BY sha256');
    return rows.map(({ sha256: hash }) => `${hash.slice(0, 2)}/${hash}`).sort();
  }

  async function newDraft(): Promise<string> {
    const created = await api('POST', '/requests', { token: submitter, body: { system: { titleRu: 'Система с вложениями' } } });
    expect(created.status).toBe(201);
    return created.body.id;
  }

  function upload(
    requestId: string,
    file: Buffer,
    fileName: string,
    fields: Record<string, string> = METADATA,
    token = submitter,
    language = 'en',
  ) {
    return api('POST', `/requests/${requestId}/attachments`, { token, body: uploadForm(file, fileName, fields), language });
  }

  /** The raw bytes: the JSON client would decode them as text and corrupt a binary file. */
  async function download(requestId: string, attachmentId: string, token = submitter) {
    const response = await fetch(`${testApp.baseUrl}/requests/${requestId}/attachments/${attachmentId}`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  async function attachmentIdsOf(requestId: string): Promise<string[]> {
    const request = await api('GET', `/requests/${requestId}`, { token: submitter });
    expect(request.status).toBe(200);
    return request.body.attachments.map((attachment: { id: string }) => attachment.id);
  }

  /**
   * Runs a refused upload and checks it left no trace: no attachment row, no temporary file,
   * no stored object.
   */
  async function expectNothingStored(requestId: string, refusedUpload: () => Promise<ApiResponse>): Promise<ApiResponse> {
    const attachmentsBefore = await attachmentIdsOf(requestId);
    const objectsBefore = await storedObjects();
    const response = await refusedUpload();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await attachmentIdsOf(requestId)).toEqual(attachmentsBefore);
    expect(await filesUnder(join(storageDir, 'incoming'))).toEqual([]);
    expect(await storedObjects()).toEqual(objectsBefore);
    return response;
  }

  function expectError(response: ApiResponse, status: number, code: AnyErrorCode): void {
    expect(response.status).toBe(status);
    expect(response.body.code).toBe(code);
    expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
  }

  describe('accepted documents', () => {
    it.each([
      ['a PDF', 'ТЭО системы.pdf', uniquePdf(), 'application/pdf', { kind: 'feasibility_study', language: 'kk', classification: 'dsp' }],
      ['a PNG', 'Схема сети.png', SAMPLE_FILES.png, 'image/png', { kind: 'other', language: 'en', classification: 'open' }],
    ])('stores %s and gives back the very same bytes', async (_name, fileName, bytes, mediaType, fields) => {
      const requestId = await newDraft();
      const uploaded = await upload(requestId, bytes, fileName, fields);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          ...fields,
          fileName,
          mediaType,
          sizeBytes: bytes.length,
          sha256: sha256(bytes),
        }),
      );
      expect(uploaded.headers.get('location')).toBe(`/requests/${requestId}/attachments/${uploaded.body.id}`);
      expect(await attachmentIdsOf(requestId)).toEqual([uploaded.body.id]);

      const downloaded = await download(requestId, uploaded.body.id);
      expect(downloaded.status).toBe(200);
      expect(downloaded.bytes.equals(bytes)).toBe(true);
      expect(downloaded.headers.get('content-type')).toBe(mediaType);
      expect(downloaded.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = downloaded.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment;/);
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
    });
  });

  describe('refused files leave nothing behind', () => {
    it.each([
      ['a Windows executable named report.pdf', SAMPLE_FILES.exe, 'report.pdf'],
      ['an HTML page named spec.docx', Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'), 'spec.docx'],
    ])('refuses %s as UNSUPPORTED_FILE_TYPE', async (_name, bytes, fileName) => {
      const requestId = await newDraft();
      const response = await expectNothingStored(requestId, () => upload(requestId, bytes, fileName, METADATA, submitter, 'kk'));
      expectError(response, 415, IntakeError.UNSUPPORTED_FILE_TYPE);
      expect(response.body.message).toBe(errorMessage(IntakeError.UNSUPPORTED_FILE_TYPE, 'kk'));
      expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(['file']);
    });

    it('refuses a file one byte over 20 MB as FILE_TOO_LARGE', async () => {
      const requestId = await newDraft();
      // A real PDF header, so the size alone is the reason for the refusal.
      const bytes = Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x20);
      bytes.write('%PDF-1.7\n', 0, 'latin1');
      const response = await expectNothingStored(requestId, () => upload(requestId, bytes, 'big.pdf', METADATA, submitter, 'ru'));
      expectError(response, 413, IntakeError.FILE_TOO_LARGE);
      expect(response.body.message).toBe(errorMessage(IntakeError.FILE_TOO_LARGE, 'ru', { maxMegabytes: 20 }));
      expect(response.body.details).toEqual([
        {
          field: 'file',
          code: IntakeFieldError.FILE_TOO_LARGE,
          message: fieldErrorMessage(IntakeFieldError.FILE_TOO_LARGE, 'ru', { maxMegabytes: 20 }),
        },
      ]);
    });

    it('accepts a file of exactly 20 MB, so the limit is where it is announced', async () => {
      const requestId = await newDraft();
      const bytes = Buffer.alloc(MAX_UPLOAD_BYTES, 0x20);
      bytes.write(`%PDF-1.7\n% ${randomUUID()}\n`, 0, 'latin1');
      const response = await upload(requestId, bytes, 'exactly-20mb.pdf');
      expect(response.status).toBe(201);
      expect(response.body).toMatchObject({ sizeBytes: MAX_UPLOAD_BYTES, sha256: sha256(bytes) });
    });
  });

  describe('the form around the file', () => {
    it('names a missing kind', async () => {
      const requestId = await newDraft();
      const { kind: _kind, ...withoutKind } = METADATA;
      const response = await expectNothingStored(requestId, () => upload(requestId, uniquePdf(), 'doc.pdf', withoutKind));
      expectError(response, 400, ErrorCode.VALIDATION_FAILED);
      expect(response.body.details).toEqual([
        { field: 'kind', code: FieldErrorCode.REQUIRED, message: fieldErrorMessage(FieldErrorCode.REQUIRED, 'en') },
      ]);
    });

    it('refuses a classification outside open and dsp, listing the allowed ones', async () => {
      const requestId = await newDraft();
      const response = await expectNothingStored(requestId, () =>
        upload(requestId, uniquePdf(), 'doc.pdf', { ...METADATA, classification: 'secret' }),
      );
      expectError(response, 400, ErrorCode.VALIDATION_FAILED);
      expect(response.body.details).toEqual([
        {
          field: 'classification',
          code: FieldErrorCode.NOT_ALLOWED_VALUE,
          message: fieldErrorMessage(FieldErrorCode.NOT_ALLOWED_VALUE, 'en', { allowed: 'open, dsp' }),
        },
      ]);
    });

    it('requires a file part', async () => {
      const requestId = await newDraft();
      const form = new FormData();
      for (const [name, value] of Object.entries(METADATA)) form.append(name, value);
      const response = await expectNothingStored(requestId, () =>
        api('POST', `/requests/${requestId}/attachments`, { token: submitter, body: form, language: 'ru' }),
      );
      expectError(response, 400, ErrorCode.VALIDATION_FAILED);
      expect(response.body.details).toEqual([
        { field: 'file', code: FieldErrorCode.REQUIRED, message: fieldErrorMessage(FieldErrorCode.REQUIRED, 'ru') },
      ]);
    });

    it('refuses a JSON body as UNSUPPORTED_MEDIA_TYPE', async () => {
      const requestId = await newDraft();
      const response = await expectNothingStored(requestId, () =>
        api('POST', `/requests/${requestId}/attachments`, {
          token: submitter,
          body: { ...METADATA, file: SAMPLE_FILES.pdf.toString('base64') },
        }),
      );
      expectError(response, 415, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    });
  });

  it('stores a file named ../../etc/passwd.pdf under its base name, inside STORAGE_DIR only', async () => {
    const requestId = await newDraft();
    const bytes = uniquePdf();
    // The work area holds STORAGE_DIR and nothing else, so any file outside it is a write that escaped.
    const outsideBefore = (await filesUnder(workArea)).filter((path) => !path.startsWith('storage/'));
    const objectsBefore = await storedObjects();

    const response = await upload(requestId, bytes, '../../etc/passwd.pdf');
    expect(response.status).toBe(201);
    expect(response.body.fileName).toBe('passwd.pdf');
    const downloaded = await download(requestId, response.body.id);
    expect(downloaded.headers.get('content-disposition')).toContain(`filename="passwd.pdf"`);
    expect(downloaded.bytes.equals(bytes)).toBe(true);

    expect((await filesUnder(workArea)).filter((path) => !path.startsWith('storage/'))).toEqual(outsideBefore);
    const hash = sha256(bytes);
    expect(await storedObjects()).toEqual([...objectsBefore, `${hash.slice(0, 2)}/${hash}`].sort());
    for (const base of [storageDir, join(storageDir, 'incoming'), join(storageDir, 'objects', hash.slice(0, 2))]) {
      expect(existsSync(join(base, '../../etc/passwd.pdf'))).toBe(false);
    }
  });

  describe('another agency', () => {
    it('cannot upload to the request: 404, not 403, and nothing stored', async () => {
      const requestId = await newDraft();
      const response = await expectNothingStored(requestId, () => upload(requestId, uniquePdf(), 'intrusion.pdf', METADATA, stranger));
      // 403 would confirm to a stranger that the request exists.
      expectError(response, 404, ErrorCode.REQUEST_NOT_FOUND);
    });

    it('cannot download from the request: 404, not 403', async () => {
      const requestId = await newDraft();
      const uploaded = await upload(requestId, uniquePdf(), 'private.pdf');
      expect(uploaded.status).toBe(201);
      const refused = await download(requestId, uploaded.body.id, stranger);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.bytes.toString('utf8')).code).toBe(ErrorCode.REQUEST_NOT_FOUND);
      expect(refused.bytes.includes(Buffer.from('%PDF-'))).toBe(false);
    });
  });

  it('shows a request with its attachments, oldest first, exactly as the entities read them', async () => {
    const requestId = await newDraft();
    const first = await upload(requestId, uniquePdf(), 'Первый.pdf', { kind: 'feasibility_study', language: 'kk', classification: 'dsp' });
    const second = await upload(requestId, SAMPLE_FILES.png, 'Второй.png', { kind: 'other', language: 'en', classification: 'open' });
    expect([first.status, second.status]).toEqual([201, 201]);
    const shown = await api('GET', `/requests/${requestId}`, { token: submitter });
    expect(shown.status).toBe(200);
    expect(shown.body.attachments.map((attachment: { id: string }) => attachment.id)).toEqual([first.body.id, second.body.id]);
    const repository = testApp.app.get(RequestRepository);
    const scope = { agencyBin } as AgencyScope;
    // Intake's own pool: it maps intake's entities, and its role reads intake's schema.
    const fromEntities = await testApp.app
      .select(IntakeModule)
      .get(DataSource, { strict: true })
      .transaction(async (manager) =>
        toRequestView(await repository.findVisible(manager, scope, requestId), await repository.attachmentsOf(manager, requestId)),
      );
    expect(shown.body).toEqual(JSON.parse(JSON.stringify(fromEntities)));
    expect(shown.headers.get('etag')).toBe(fromEntities.etag);
  });

  it('answers an unknown attachment id with ATTACHMENT_NOT_FOUND', async () => {
    const requestId = await newDraft();
    const response = await download(requestId, randomUUID());
    expect(response.status).toBe(404);
    expect(JSON.parse(response.bytes.toString('utf8'))).toMatchObject({
      code: IntakeError.ATTACHMENT_NOT_FOUND,
      message: errorMessage(IntakeError.ATTACHMENT_NOT_FOUND, 'en'),
    });
  });

  it('does not serve an attachment of one request through another request of the same agency', async () => {
    const first = await newDraft();
    const second = await newDraft();
    const uploaded = await upload(first, uniquePdf(), 'first.pdf');
    expect(uploaded.status).toBe(201);
    const response = await download(second, uploaded.body.id);
    expect(response.status).toBe(404);
    expect(JSON.parse(response.bytes.toString('utf8')).code).toBe(IntakeError.ATTACHMENT_NOT_FOUND);
  });

  it('refuses uploads to a submitted request with INVALID_TRANSITION', async () => {
    const created = await api('POST', '/requests', { token: submitter, body: completeRequest(agencyBin) });
    expect(created.status).toBe(201);
    const requestId: string = created.body.id;
    for (const kind of ['feasibility_study', 'technical_specification']) {
      expect((await upload(requestId, uniquePdf(), `${kind}.pdf`, { kind, language: 'ru', classification: 'open' })).status).toBe(201);
    }
    const submitted = await api('POST', `/requests/${requestId}/submit`, { token: signatory });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');

    const response = await expectNothingStored(requestId, () => upload(requestId, uniquePdf(), 'late.pdf'));
    expectError(response, 409, ErrorCode.INVALID_TRANSITION);
  });

  it('stores the same bytes once, however often they are attached', async () => {
    const requestId = await newDraft();
    const bytes = Buffer.concat([SAMPLE_FILES.pdf, randomBytes(64)]);
    const objectsBefore = await storedObjects();
    const first = await upload(requestId, bytes, 'ТЭО.pdf');
    const second = await upload(requestId, bytes, 'ТЭО (копия).pdf', { kind: 'other', language: 'kk', classification: 'open' });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect(first.body.sha256).toBe(sha256(bytes));
    expect(second.body.sha256).toBe(first.body.sha256);
    expect(await attachmentIdsOf(requestId)).toEqual(expect.arrayContaining([first.body.id, second.body.id]));
    const hash = sha256(bytes);
    expect(await storedObjects()).toEqual([...objectsBefore, `${hash.slice(0, 2)}/${hash}`].sort());
    expect(await filesUnder(join(storageDir, 'incoming'))).toEqual([]);
    // Both names still lead to the one object.
    expect((await download(requestId, first.body.id)).bytes.equals(bytes)).toBe(true);
    expect((await download(requestId, second.body.id)).bytes.equals(bytes)).toBe(true);
  });
});
