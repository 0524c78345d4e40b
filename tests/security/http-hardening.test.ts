import { randomUUID } from 'node:crypto';
import { Controller, Get, Header, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHttpApp, loadPlatformConfig, PagePolicy, PlatformModule, PublicRoute } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin, SAMPLE_FILES } from '../support/fixtures';
import { Api, apiClient, ApiResponse } from '../support/http-client';

// A probe of the page headers, not part of the API.
@ApiExcludeController()
@Controller('probe-page')
@PublicRoute()
class PageController {
  @Get()
  @PagePolicy()
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return '<!doctype html><title>register</title><link rel="stylesheet" href="/register.css">';
  }
}

const PORTAL = 'https://portal.example.kz';

function expectHardened(response: ApiResponse): void {
  expect({
    nosniff: response.headers.get('x-content-type-options'),
    frame: response.headers.get('x-frame-options'),
    referrer: response.headers.get('referrer-policy'),
    noStore: /\bno-store\b/.test(response.headers.get('cache-control') ?? ''),
  }).toEqual({ nosniff: 'nosniff', frame: 'DENY', referrer: 'no-referrer', noStore: true });
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
}

describe('HTTP hardening', () => {
  let testApp: TestApp;
  let api: Api;
  let probe: NestFastifyApplication;
  let probeApi: Api;

  beforeAll(async () => {
    testApp = await startTestApp({ CORS_ALLOWED_ORIGINS: PORTAL });
    api = apiClient(testApp.baseUrl);
    const config = loadPlatformConfig();
    @Module({ imports: [PlatformModule.forRoot({ config })], controllers: [PageController] })
    class PageModule {}
    probe = await createHttpApp(PageModule, { service: 'page-test', title: 'page-test', config });
    await probe.listen(0, '127.0.0.1');
    probeApi = apiClient(`http://127.0.0.1:${(probe.getHttpServer().address() as { port: number }).port}`);
  });

  afterAll(async () => {
    await testApp.close();
    await probe.close();
  });

  describe('security headers', () => {
    it('are on a success, an error, a refusal for the token and an unknown route, with the strict API policy', async () => {
      const agencyBin = randomBin();
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin });
      const answers = [
        await api('GET', '/requests', { token }),
        await api('POST', '/requests', { token, body: { unknown: true } }),
        await api('GET', '/requests'),
        await api('GET', `/requests/${randomUUID()}`, { token }),
        await api('GET', '/no/such/route'),
        await api('GET', '/health'),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([200, 400, 401, 404, 404, 200]);
      for (const answer of answers) {
        expectHardened(answer);
        expect(answer.headers.get('content-security-policy')).toBe(
          "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
        );
      }
    });

    it('are on a downloaded attachment, which the browser must not sniff into something runnable', async () => {
      const agencyBin = randomBin();
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin });
      const created = await api('POST', '/requests', { token, body: { system: { titleRu: 'Заголовки' } } });
      const form = new FormData();
      for (const [name, value] of Object.entries({ kind: 'other', language: 'ru', classification: 'open' })) form.append(name, value);
      form.append('file', new Blob([SAMPLE_FILES.pdf]), 'note.pdf');
      const attached = await api('POST', `/requests/${created.body.id}/attachments`, { token, body: form });
      expect(attached.status).toBe(201);
      const download = await api('GET', `/requests/${created.body.id}/attachments/${attached.body.id}`, { token });
      expect(download.status).toBe(200);
      expectHardened(download);
    });

    it('let a page route allow its own stylesheets, and the OpenAPI explorer run its own script', async () => {
      const page = await probeApi('GET', '/probe-page');
      expect(page.status).toBe(200);
      expectHardened(page);
      expect(page.headers.get('content-security-policy')).toContain("style-src 'self'");
      expect(page.headers.get('content-security-policy')).not.toContain('script-src');
      const docs = await api('GET', '/docs');
      expect(docs.status).toBe(200);
      expect(docs.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(docs.headers.get('x-frame-options')).toBe('DENY');
    });
  });

  describe('CORS', () => {
    it('is closed by default: no Access-Control-Allow-Origin for any origin', async () => {
      const closed = await startTestApp();
      try {
        const response = await apiClient(closed.baseUrl)('GET', '/health', { headers: { origin: PORTAL } });
        expect(response.status).toBe(200);
        expect(response.headers.get('access-control-allow-origin')).toBeNull();
        const preflight = await fetch(`${closed.baseUrl}/requests`, {
          method: 'OPTIONS',
          headers: { origin: PORTAL, 'access-control-request-method': 'POST' },
        });
        expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
        expect(preflight.status).toBeGreaterThanOrEqual(400);
      } finally {
        await closed.close();
      }
    });

    it('opens to an origin the environment names, and to no other', async () => {
      const allowed = await api('GET', '/health', { headers: { origin: PORTAL } });
      expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
      expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
      expect(allowed.headers.get('vary')).toMatch(/origin/i);
      for (const origin of ['https://evil.example', 'https://portal.example.kz.evil.example', 'null', `${PORTAL}:8443`]) {
        const response = await api('GET', '/health', { headers: { origin } });
        expect({ origin, allowOrigin: response.headers.get('access-control-allow-origin') }).toEqual({ origin, allowOrigin: null });
      }
      const preflight = await fetch(`${testApp.baseUrl}/requests`, {
        method: 'OPTIONS',
        headers: { origin: PORTAL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
      expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    });

    it('lets the allowed page read a refusal: the error answer and its bearer challenge', async () => {
      const refused = await api('GET', '/requests', { headers: { origin: PORTAL } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('access-control-allow-origin')).toBe(PORTAL);
      expect(refused.headers.get('access-control-expose-headers')).toMatch(/www-authenticate/i);
      expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer /);
    });

    it('refuses an allowlist entry that is not a bare origin', () => {
      expect(() => loadPlatformConfig({ CORS_ALLOWED_ORIGINS: 'https://portal.example.kz/app' })).toThrow(/CORS_ALLOWED_ORIGINS/);
      expect(() => loadPlatformConfig({ CORS_ALLOWED_ORIGINS: '*' })).toThrow(/CORS_ALLOWED_ORIGINS/);
      expect(loadPlatformConfig({ CORS_ALLOWED_ORIGINS: `${PORTAL}, http://localhost:5173` }).CORS_ALLOWED_ORIGINS).toEqual([
        PORTAL,
        'http://localhost:5173',
      ]);
    });
  });

  describe('body size limits', () => {
    it('answers an upload with a second file part 413 PAYLOAD_TOO_LARGE, not a 500', async () => {
      const agencyBin = randomBin();
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin });
      const created = await api('POST', '/requests', { token, body: { system: { titleRu: 'Два файла' } } });
      const form = new FormData();
      for (const [name, value] of Object.entries({ kind: 'other', language: 'ru', classification: 'open' })) form.append(name, value);
      form.append('file', new Blob([SAMPLE_FILES.pdf]), 'one.pdf');
      form.append('file', new Blob([SAMPLE_FILES.pdf]), 'two.pdf');
      const response = await api('POST', `/requests/${created.body.id}/attachments`, { token, body: form });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expect((await api('GET', `/requests/${created.body.id}`, { token })).body.attachments).toEqual([]);
    });

    it('answers a 2 MB JSON body 413 PAYLOAD_TOO_LARGE, hardened like any other answer', async () => {
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() });
      const response = await api('POST', '/requests', {
        token,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ system: { titleRu: 'x'.repeat(2 * 1024 * 1024) } }),
      });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
      expectHardened(response);
    });
  });
});
