import { randomUUID } from 'node:crypto';
import { Controller, Get, Module, Post } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import { Redis } from 'ioredis';
import { createHttpApp, loadPlatformConfig, PlatformModule, PublicRoute, RateLimit, Roles } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { PrivateRedis } from '../support/private-redis';

// Probes of the rate limit, not part of the API.
@ApiExcludeController()
@Controller('probe')
class ProbeController {
  @Get('public')
  @PublicRoute()
  @RateLimit('public')
  read(): { ok: true } {
    return { ok: true };
  }

  @Get('unlimited')
  @PublicRoute()
  unlimited(): { ok: true } {
    return { ok: true };
  }

  @Post('write')
  @Roles('commission.secretary')
  write(): { ok: true } {
    return { ok: true };
  }

  @Post('public-write')
  @PublicRoute()
  anonymousWrite(): { ok: true } {
    return { ok: true };
  }
}

@ApiExcludeController()
@Controller('probe-class')
@PublicRoute()
@RateLimit('public')
class ClassLimitedController {
  @Get()
  read(): { ok: true } {
    return { ok: true };
  }
}

interface Probe {
  app: NestFastifyApplication;
  api: Api;
}

/** A tiny service of its own: the platform, rate limits from `env`, and the probe routes. */
async function startProbe(env: Record<string, string>): Promise<Probe> {
  const config = loadPlatformConfig({ ...process.env, RATE_LIMIT_WINDOW_SECONDS: '60', ...env });
  @Module({ imports: [PlatformModule.forRoot({ config })], controllers: [ProbeController, ClassLimitedController] })
  class ProbeModule {}
  const app = await createHttpApp(ProbeModule, { service: 'rate-limit-test', title: 'rate-limit-test', config });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { app, api: apiClient(`http://127.0.0.1:${port}`) };
}

const prefix = (): string => `rl-${randomUUID().slice(0, 8)}`;

describe('rate limits', () => {
  const opened: Probe[] = [];
  const open = async (env: Record<string, string>): Promise<Probe> => {
    const probe = await startProbe(env);
    opened.push(probe);
    return probe;
  };

  afterAll(async () => {
    for (const probe of opened) await probe.app.close();
  });

  it('answers a write past the limit with 429 RATE_LIMITED, Retry-After and RateLimit headers, in the caller language', async () => {
    const { api } = await open({ QUEUE_PREFIX: prefix(), RATE_LIMIT_WRITE: '3' });
    const token = await tokenFor({ roles: ['commission.secretary'] });
    const remaining: string[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await api('POST', '/probe/write', { token });
      expect(response.status).toBe(201);
      expect(response.headers.get('ratelimit-limit')).toBe('3');
      remaining.push(response.headers.get('ratelimit-remaining') ?? '');
    }
    expect(remaining).toEqual(['2', '1', '0']);

    const messages: string[] = [];
    for (const language of ['kk', 'ru', 'en']) {
      const refused = await api('POST', '/probe/write', { token, language });
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('RATE_LIMITED');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.headers.get('ratelimit-remaining')).toBe('0');
      expect(refused.headers.get('ratelimit-policy')).toBe('3;w=60');
      expect(refused.headers.get('content-language')).toBe(language);
      messages.push(refused.body.message);
    }
    expect(new Set(messages).size).toBe(3);
  });

  it('counts writes per signed-in user, not per address: a colleague on the same address is not refused', async () => {
    const { api } = await open({ QUEUE_PREFIX: prefix(), RATE_LIMIT_WRITE: '2' });
    const first = await tokenFor({ roles: ['commission.secretary'] });
    const second = await tokenFor({ roles: ['commission.secretary'] });
    await api('POST', '/probe/write', { token: first });
    await api('POST', '/probe/write', { token: first });
    expect((await api('POST', '/probe/write', { token: first })).status).toBe(429);
    expect((await api('POST', '/probe/write', { token: second })).status).toBe(201);
    // A fresh token of the same person spends the same budget.
    const subject = `rl-user-${randomUUID()}`;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await api('POST', '/probe/write', { token: await tokenFor({ roles: ['commission.secretary'], subject }) });
    }
    expect((await api('POST', '/probe/write', { token: await tokenFor({ roles: ['commission.secretary'], subject }) })).status).toBe(429);
  });

  it('limits login-free reads declared public, per route or per controller, and leaves undeclared reads alone', async () => {
    const { api } = await open({ QUEUE_PREFIX: prefix(), RATE_LIMIT_PUBLIC: '2' });
    expect((await api('GET', '/probe/public')).status).toBe(200);
    expect((await api('GET', '/probe-class')).status).toBe(200);
    const third = await api('GET', '/probe/public');
    expect(third.status).toBe(429);
    expect(third.body.code).toBe('RATE_LIMITED');
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await api('GET', '/probe/unlimited');
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBeNull();
    }
  });

  it('counts an anonymous write against its address', async () => {
    const { api } = await open({ QUEUE_PREFIX: prefix(), RATE_LIMIT_WRITE: '1' });
    expect((await api('POST', '/probe/public-write')).status).toBe(201);
    expect((await api('POST', '/probe/public-write')).status).toBe(429);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const untrusted = await open({ QUEUE_PREFIX: prefix(), RATE_LIMIT_PUBLIC: '1' });
    const forwarded = (address: string) => ({ headers: { 'x-forwarded-for': address } });
    expect((await untrusted.api('GET', '/probe/public', forwarded('203.0.113.1'))).status).toBe(200);
    // A made-up address per request must not buy a fresh budget.
    expect((await untrusted.api('GET', '/probe/public', forwarded('203.0.113.2'))).status).toBe(429);

    const behindProxy = await open({ QUEUE_PREFIX: prefix(), RATE_LIMIT_PUBLIC: '1', TRUST_PROXY: '127.0.0.1' });
    expect((await behindProxy.api('GET', '/probe/public', forwarded('203.0.113.1'))).status).toBe(200);
    expect((await behindProxy.api('GET', '/probe/public', forwarded('203.0.113.2'))).status).toBe(200);
    expect((await behindProxy.api('GET', '/probe/public', forwarded('203.0.113.1'))).status).toBe(429);
  });

  it('shares counters between replicas through Redis, under the queue prefix', async () => {
    const shared = prefix();
    const one = await open({ QUEUE_PREFIX: shared, RATE_LIMIT_PUBLIC: '3' });
    const two = await open({ QUEUE_PREFIX: shared, RATE_LIMIT_PUBLIC: '3' });
    expect((await one.api('GET', '/probe/public')).status).toBe(200);
    expect((await two.api('GET', '/probe/public')).status).toBe(200);
    expect((await one.api('GET', '/probe/public')).status).toBe(200);
    expect((await two.api('GET', '/probe/public')).status).toBe(429);

    const redis = new Redis(loadPlatformConfig().REDIS_URL);
    try {
      const keys = await redis.keys(`${shared}:ratelimit:*`);
      expect(keys).toEqual([`${shared}:ratelimit:public:ip:127.0.0.1`]);
      const ttl = await redis.pttl(keys[0]!);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    } finally {
      redis.disconnect();
    }
  });

  it('lets requests through, without limit headers, while Redis is unreachable', async () => {
    const redis = await PrivateRedis.start();
    const { api } = await open({ QUEUE_PREFIX: prefix(), REDIS_URL: redis.url, RATE_LIMIT_PUBLIC: '1', RATE_LIMIT_WRITE: '1' });
    expect((await api('GET', '/probe/public')).status).toBe(200);
    expect((await api('GET', '/probe/public')).status).toBe(429);
    await redis.kill();
    const token = await tokenFor({ roles: ['commission.secretary'] });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const read = await api('GET', '/probe/public');
      expect(read.status).toBe(200);
      expect(read.headers.get('ratelimit-limit')).toBeNull();
      expect((await api('POST', '/probe/write', { token })).status).toBe(201);
    }
  });
});

describe('rate limits on the real write routes', () => {
  let testApp: TestApp;
  let api: Api;

  beforeAll(async () => {
    testApp = await startTestApp({ QUEUE_PREFIX: prefix(), RATE_LIMIT_WRITE: '2' });
    api = apiClient(testApp.baseUrl);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('counts intake and review writes of one user together and refuses the third, changing nothing', async () => {
    const agencyBin = randomBin();
    const token = await tokenFor({ roles: ['agency.signatory', 'commission.secretary'], agencyBin });
    const created = await api('POST', '/requests', { token, body: completeRequest(agencyBin) });
    expect(created.status).toBe(201);
    expect((await api('POST', `/review/tasks/${randomUUID()}/claim`, { token })).status).toBe(404);
    const refused = await api('POST', `/requests/${created.body.id}/submit`, { token });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('RATE_LIMITED');
    expect((await api('GET', `/requests/${created.body.id}`, { token })).body.status).toBe('draft');
  });
});
