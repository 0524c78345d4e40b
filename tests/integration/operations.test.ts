import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, ApiResponse, apiClient } from '../support/http-client';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

describe('operational endpoints', () => {
  let testApp: TestApp;
  let api: Api;
  let token: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() }, testApp.config);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('/health answers ok', async () => {
    const response = await api('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('/ready reports both dependencies up', async () => {
    const response = await api('GET', '/ready');
    expect(response.status).toBe(200);
    const queues = testApp.config.QUEUE_BACKEND === 'redis' ? { redis: 'up' } : { queues: 'up' };
    expect(response.body).toEqual({ status: 'ready', checks: { postgres: 'up', ...queues } });
  });

  describe('/metrics', () => {
    let metrics: ApiResponse<string>;

    beforeAll(async () => {
      // Traffic first, so the latency histogram has a series for a real route.
      expect((await api('GET', '/requests', { token })).status).toBe(200);
      expect((await api('POST', '/requests', { token, body: { system: { titleRu: 'Метрики' } } })).status).toBe(201);
      metrics = await api<string>('GET', '/metrics');
    });

    it('is Prometheus text', () => {
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(typeof metrics.body).toBe('string');
      expect(metrics.body).toMatch(/^# HELP /m);
      expect(metrics.body).toMatch(/^# TYPE http_request_duration_seconds histogram$/m);
    });

    it('has the request latency histogram, labelled by route template', () => {
      expect(metrics.body).toContain('http_request_duration_seconds');
      const bucket = /^http_request_duration_seconds_count\{[^}]*route="\/requests"[^}]*\} \d+/m;
      expect(metrics.body).toMatch(bucket);
      expect(metrics.body).toMatch(
        /^http_request_duration_seconds_count\{[^}]*method="POST"[^}]*route="\/requests"[^}]*status="201"[^}]*\} [1-9]/m,
      );
    });

    it('has the outbox backlog and queue depth gauges', () => {
      expect(metrics.body).toMatch(/^outbox_backlog\{source="intake"\} \d+$/m);
      expect(metrics.body).toMatch(/^queue_depth\{queue="events\.review"\} \d+$/m);
      expect(metrics.body).toMatch(/^queue_depth\{queue="events\.intake"\} \d+$/m);
    });

    it("has the depth of the machine queues: review's timers and the webhook deliveries", async () => {
      // Review opens its timer queue once Redis is ready, scheduling its sweep: wait for that scrape.
      const scraped = await eventually(async () => {
        const body = (await api<string>('GET', '/metrics')).body;
        return /^queue_depth\{queue="review\.deadlines"\} \d+$/m.test(body) ? body : undefined;
      });
      expect(scraped).toMatch(/^queue_depth\{queue="registry\.webhook-deliveries"\} \d+$/m);
    });

    it("counts the events each context handled, by type, once the draft's event reached the ledger", async () => {
      const scraped = await eventually(async () => {
        const body = (await api<string>('GET', '/metrics')).body;
        return /^events_handled_total\{context="audit",type="request\.created\.v1"\} [1-9]\d*$/m.test(body) ? body : undefined;
      });
      expect(scraped).toMatch(/^# TYPE events_failed_total counter$/m);
      expect(scraped).toMatch(/^# TYPE jobs_dead_total counter$/m);
      expect(scraped).toMatch(/^# TYPE webhook_deliveries_total counter$/m);
    });
  });

  describe('OpenAPI', () => {
    it('/docs-json is an OpenAPI document of the intake API with a bearer scheme', async () => {
      const response = await api('GET', '/docs-json');
      expect(response.status).toBe(200);
      const document = response.body;
      expect(document.openapi).toMatch(/^3\./);
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/requests',
          '/requests/{id}',
          '/requests/{id}/submit',
          '/requests/{id}/withdraw',
          '/requests/{id}/attachments',
        ]),
      );
      expect(document.paths['/requests'].post).toBeDefined();
      expect(document.paths['/requests/{id}/submit'].post).toBeDefined();
      expect(document.paths['/requests/{id}/attachments'].post).toBeDefined();
      const schemes = Object.values(document.components?.securitySchemes ?? {}) as { type: string; scheme?: string }[];
      expect(schemes).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
    });

    it('/docs serves the HTML viewer', async () => {
      const response = await api<string>('GET', '/docs');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.body).toMatch(/<html/i);
    });
  });

  describe('request ids', () => {
    it.each([
      ['GET', '/health', undefined],
      ['GET', '/ready', undefined],
      ['GET', '/metrics', undefined],
      ['GET', '/docs-json', undefined],
      ['GET', '/requests', 'token'],
      ['GET', '/requests', undefined],
      ['GET', '/no-such-route', undefined],
      ['GET', '/requests/not-a-uuid', 'token'],
    ] as const)('%s %s (%s) carries a generated x-request-id', async (method, path, auth) => {
      const response = await api(method, path, { token: auth ? token : undefined });
      expect(response.headers.get('x-request-id')).toMatch(UUID);
      if (response.status >= 400) expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
    });

    it('gives every response an id of its own', async () => {
      const first = await api('GET', '/health');
      const second = await api('GET', '/health');
      expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    });

    it('echoes a sane caller id, in the header and in an error body', async () => {
      const id = 'test-req-12345678';
      const ok = await api('GET', '/health', { headers: { 'x-request-id': id } });
      expect(ok.headers.get('x-request-id')).toBe(id);
      const refused = await api('GET', '/requests', { headers: { 'x-request-id': id } });
      expect(refused.status).toBe(401);
      expect(refused.headers.get('x-request-id')).toBe(id);
      expect(refused.body).toMatchObject({ code: 'UNAUTHENTICATED', requestId: id });
      const invalid = await api('GET', '/requests/not-a-uuid', { token, headers: { 'x-request-id': id } });
      expect(invalid.status).toBe(400);
      expect(invalid.body.requestId).toBe(id);
    });

    it.each([
      ['markup', '<script>'],
      ['markup of a sane length', '<script>alert(1)</script>'],
      ['too short', 'abc1234'],
      ['too long', 'x'.repeat(129)],
      ['spaces', 'has spaces in it'],
    ])('replaces an insane caller id (%s)', async (_label, insane) => {
      const response = await api('GET', '/requests', { headers: { 'x-request-id': insane } });
      expect(response.status).toBe(401);
      const replaced = response.headers.get('x-request-id');
      expect(replaced).not.toBe(insane);
      expect(replaced).toMatch(UUID);
      expect(response.body.requestId).toBe(replaced);
    });
  });
});
