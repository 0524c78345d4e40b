import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import { Redis } from 'ioredis';
import { ContextMessaging, EventPublisher } from '@qaztech/platform';
import { IntakeMessaging } from '../../libs/intake/src/shared/intake-outbox';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, ApiResponse, apiClient } from '../support/http-client';
import { ProbeConnection } from '../support/probe-connection';

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
    expect(response.body).toEqual({ status: 'ready', checks: { postgres: 'up', redis: 'up' } });
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

describe('readiness with a dependency down', () => {
  let testApp: TestApp;
  let api: Api;
  let leftovers: Leftovers;
  let closed = false;

  beforeAll(async () => {
    // Nothing listens on port 1: Redis is unreachable from the start.
    testApp = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    api = apiClient(testApp.baseUrl);
    leftovers = leftoversOf(testApp);
  });

  afterAll(async () => {
    // Whatever the close under test left running must not outlive this file, or Jest never exits.
    await leftovers.release(closed);
  });

  it('/ready stays 200, degraded, naming Redis as down and Postgres as up: the system works on without Redis', async () => {
    const response = await api('GET', '/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'degraded', checks: { postgres: 'up', redis: 'down' } });
  });

  it('/health stays ok: liveness does not depend on Redis', async () => {
    const response = await api('GET', '/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  // The bound is generous, not a speed requirement: a scrape that never answers fails here instead of hanging.
  it('/metrics still serves what it can', async () => {
    const response = await api<string>('GET', '/metrics');
    expect(response.status).toBe(200);
    expect(response.body).toMatch(/^outbox_backlog\{source="intake"\} \d+$/m);
    expect(response.body).toContain('http_request_duration_seconds');
  }, 20_000);

  it('closes cleanly, and stops serving', async () => {
    await expect(testApp.close()).resolves.toBeUndefined();
    closed = true;
    await expect(fetch(`${testApp.baseUrl}/health`)).rejects.toThrow();
  }, 30_000);
});

describe('readiness with Postgres down', () => {
  // The app reaches Postgres through this relay, which can then cut it off the way a database
  // restart or a network partition would: every connection dropped, new ones refused.
  let relay: Server;
  const sockets = new Set<Socket>();
  let testApp: TestApp;
  let api: Api;

  beforeAll(async () => {
    const target = new URL(process.env.DATABASE_URL!);
    relay = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()));
    const through = new URL(target);
    through.host = `127.0.0.1:${(relay.address() as AddressInfo).port}`;
    testApp = await startTestApp({ DATABASE_URL: through.toString() });
    api = apiClient(testApp.baseUrl);
  });

  afterAll(async () => {
    await testApp.close().catch(() => undefined);
  });

  it('/ready is 503 not_ready once Postgres is away, with Redis still up', async () => {
    expect((await api('GET', '/ready')).body).toEqual({ status: 'ready', checks: { postgres: 'up', redis: 'up' } });
    await new Promise<void>((resolve) => {
      relay.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    });
    const response = await api('GET', '/ready');
    expect(response.status).toBe(503);
    expect(response.body).toEqual({ status: 'not_ready', checks: { postgres: 'down', redis: 'up' } });
  }, 30_000);
});

describe('shutdown while Redis drops every connection', () => {
  // A stand-in that accepts and hangs up at once. Unlike a closed port it sees every connection
  // attempt, so it can tell whether anything of a closed application still tries to reach Redis.
  let standIn: Server;
  let attempts = 0;
  let testApp: TestApp;
  let leftovers: Leftovers;
  let closed = false;

  beforeAll(async () => {
    standIn = createServer((socket) => {
      attempts += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', () => resolve()));
    const { port } = standIn.address() as AddressInfo;
    testApp = await startTestApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
    leftovers = leftoversOf(testApp);
  });

  afterAll(async () => {
    await leftovers.release(closed);
    await new Promise<void>((resolve) => standIn.close(() => resolve()));
  });

  it('leaves no Redis connection reconnecting after close', async () => {
    // The application did try Redis, so silence afterwards means it stopped, not that it never started.
    await eventually(async () => (attempts > 0 ? true : undefined));
    await expect(testApp.close()).resolves.toBeUndefined();
    closed = true;
    // The clock of this check is a connection made as the app makes its own, retrying against a
    // stand-in of its own. Once it has waited out its longest retry delay, any connection of the
    // app still alive has retried too; between two such waits the app's stand-in hears nothing.
    const probe = await ProbeConnection.start();
    try {
      await probe.waitedOutLongestDelay();
      const settled = attempts;
      await probe.waitedOutLongestDelay();
      expect(attempts - settled).toBe(0);
    } finally {
      await probe.stop();
    }
  }, 60_000);
});

interface Leftovers {
  /** Stops what a close left running; everything when the close itself never finished. */
  release(closed: boolean): Promise<void>;
}

/**
 * Remembers, while the app runs, the parts a hung or partial close can leave behind: the relay
 * loop, the event worker and the Redis connections BullMQ made for it, Postgres, the HTTP server.
 */
function leftoversOf(testApp: TestApp): Leftovers {
  const messaging = testApp.app.get(IntakeMessaging) as ContextMessaging;
  type BullConnection = { _client?: Pick<Redis, 'disconnect'> };
  const consumer = messaging.consumer as unknown as {
    connection?: Redis;
    worker?: {
      backend?: { connection?: BullConnection; blockingConnection?: BullConnection };
      lockManager?: { close(): Promise<void> };
    };
  };
  const worker = consumer.worker;
  // BullMQ wraps the worker's connection and duplicates it for blocking reads; each can go on reconnecting.
  const redisClients = [consumer.connection, worker?.backend?.connection?._client, worker?.backend?.blockingConnection?._client];
  return {
    async release(closed: boolean): Promise<void> {
      for (const client of redisClients) client?.disconnect();
      // A worker whose close never finished still renews job locks on a timer of its own.
      await worker?.lockManager?.close();
      if (closed) return;
      await messaging.relay.stop();
      await testApp.app.get(EventPublisher).close();
      const dataSource = testApp.owner;
      if (dataSource.isInitialized) await dataSource.destroy();
      const server = testApp.app.getHttpServer();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
