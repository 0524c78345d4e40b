import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXTS } from '@qaztech/contracts';
import { ApiClient, bearer, createApiClient } from '../../tools/api-client/client';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';

interface Document {
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
}

const committed = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8')) as Document;

/** The codes the committed description says an operation answers with for a status. */
function declaredCodes(path: string, method: string, status: number): string[] {
  const schema = JSON.stringify(committed.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema ?? {});
  return (JSON.parse(schema) as { allOf?: { properties?: { code?: { enum?: string[] } } }[] }).allOf?.[1]?.properties?.code?.enum ?? [];
}

/** The published contract against the running application: served as committed, and kept by its answers. */
describe('the API contract', () => {
  let testApp: TestApp;
  let client: ApiClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    client = createApiClient({ baseUrlOf: () => testApp.baseUrl, language: 'en' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('serves at /docs-json the committed openapi.json', async () => {
    const served = (await (await fetch(`${testApp.baseUrl}/docs-json`)).json()) as Document;
    expect(JSON.parse(JSON.stringify(served))).toEqual(committed);
  });

  it('describes each context at /docs/<context>.json, together the whole API, and offers them all at /docs', async () => {
    const viewer = await (await fetch(`${testApp.baseUrl}/docs/swagger-ui-init.js`)).text();
    const described: string[] = [];
    for (const context of CONTEXTS) {
      expect(viewer).toContain(`"/docs/${context}.json"`);
      const document = (await (await fetch(`${testApp.baseUrl}/docs/${context}.json`)).json()) as Document;
      expect(Object.keys(document.paths).length).toBeGreaterThan(0);
      for (const [path, item] of Object.entries(document.paths)) expect({ path, item }).toEqual({ path, item: committed.paths[path] });
      described.push(...Object.keys(document.paths));
    }
    expect(described.sort()).toEqual(Object.keys(committed.paths).sort());
  });

  it('answers a missing token, a missing record and a wrong field with codes it declares', async () => {
    const id = randomUUID();
    const anonymous = await client.GET('/review/decisions/{id}', { params: { path: { id } } });
    expect(anonymous.response.status).toBe(401);
    expect(declaredCodes('/review/decisions/{id}', 'get', 401)).toContain(anonymous.error?.code);

    const auditor = bearer(await tokenFor({ roles: ['auditor'] }, testApp.config));
    const missing = await client.GET('/review/decisions/{id}', { params: { path: { id } }, headers: auditor });
    expect(missing.error).toMatchObject({
      code: 'DECISION_NOT_FOUND',
      details: [],
      requestId: missing.response.headers.get('x-request-id'),
    });
    expect(declaredCodes('/review/decisions/{id}', 'get', 404)).toContain(missing.error?.code);

    const submitter = bearer(await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() }, testApp.config));
    const invalid = await client.POST('/requests', { body: { applicant: { bin: '123' } }, headers: submitter });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.code).toBe('VALIDATION_FAILED');
    expect(invalid.error?.details[0]).toMatchObject({ field: 'applicant.bin' });
    expect(declaredCodes('/requests', 'post', 400)).toContain(invalid.error?.code);
  });

  it('answers a public route without a token, as its description says', async () => {
    expect(committed.paths['/public/decisions']?.get).toMatchObject({ security: [] });
    const page = await client.GET('/public/decisions');
    expect(page.response.status).toBe(200);
    expect(Array.isArray(page.data?.items)).toBe(true);
  });
});
