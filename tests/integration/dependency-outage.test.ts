import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import { Redis } from 'ioredis';
import { ContextMessaging, EventPublisher } from '@qaztech/platform';
import { IntakeMessaging } from '../../libs/intake/src/shared/intake-outbox';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { ProbeConnection } from '../support/probe-connection';

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

  it('answers a request that needs Postgres, while it is away, with 503 and a time to retry after, not a 500', async () => {
    const token = await tokenFor({ roles: ['agency.submitter'], agencyBin: randomBin() }, testApp.config);
    const response = await api('GET', '/requests?limit=5', { token, language: 'en' });
    expect(response.status).toBe(503);
    expect(response.body).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The service is temporarily unavailable; try again later.',
    });
    expect(response.headers.get('retry-after')).toBe('2');
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
