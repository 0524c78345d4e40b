import { randomUUID } from 'node:crypto';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiExcludeController } from '@nestjs/swagger';
import { decodeProtectedHeader, generateKeyPair, importJWK, JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import {
  createHttpApp,
  DevSigningKey,
  loadOrCreateDevKey,
  loadPlatformConfig,
  PlatformConfig,
  PlatformModule,
  PublicRoute,
  Roles,
} from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, ApiResponse, apiClient } from '../support/http-client';

type SigningKey = Parameters<SignJWT['sign']>[0];

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

/**
 * Every 401 and 403 carries the one error body, tied to the response by its request id. A 401
 * also carries the bearer challenge of RFC 6750: bare without a token, invalid_token with one.
 */
function expectError(response: ApiResponse, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.body).toEqual({ code, message: expect.any(String), details: [], requestId: response.headers.get('x-request-id') });
  expect(response.body.message.length).toBeGreaterThan(0);
  const challenge = response.headers.get('www-authenticate');
  if (status !== 401) expect(challenge).toBeNull();
  else if (code === 'UNAUTHENTICATED') expect(challenge).toBe('Bearer realm="qaztech-exemptions"');
  else expect(challenge).toMatch(/^Bearer realm="qaztech-exemptions", error="invalid_token", error_description="[\x20-\x7e]+"$/);
}

describe('authentication and access', () => {
  let testApp: TestApp;
  let api: Api;
  let config: PlatformConfig;
  let devKey: DevSigningKey;
  let devPrivateKey: SigningKey;
  const agencyBin = randomBin();

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    config = testApp.config;
    devKey = await loadOrCreateDevKey(config.AUTH_DEV_KEY_FILE);
    devPrivateKey = await importJWK(devKey.privateJwk, 'EdDSA');
  });

  afterAll(async () => {
    await testApp.close();
  });

  /** Claims the server accepts; each refusal test spoils exactly one thing about them. */
  function validClaims(overrides: JWTPayload = {}): JWTPayload {
    const now = nowSeconds();
    return {
      sub: `test:${randomUUID()}`,
      name: 'Тест Тестов',
      roles: ['agency.submitter'],
      agency_bin: agencyBin,
      iss: config.AUTH_ISSUER,
      aud: config.AUTH_AUDIENCE,
      iat: now,
      exp: now + 3600,
      ...overrides,
    };
  }

  async function sign(claims: JWTPayload, options: { key?: SigningKey; alg?: string; kid?: string | null } = {}): Promise<string> {
    const kid = options.kid === undefined ? devKey.privateJwk.kid : options.kid;
    const header = { alg: options.alg ?? 'EdDSA', typ: 'JWT', ...(kid === null ? {} : { kid }) };
    return new SignJWT(claims).setProtectedHeader(header).sign(options.key ?? devPrivateKey);
  }

  const listWith = (token: string) => api('GET', '/requests', { token });

  describe('GET /requests refuses what is not a valid token', () => {
    it('accepts the well-formed token the refusals below are derived from', async () => {
      // Without this control, every refusal below could come from a broken signing helper.
      const response = await listWith(await sign(validClaims()));
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual(expect.any(Array));
    });

    it('refuses a request without an Authorization header', async () => {
      expectError(await api('GET', '/requests'), 401, 'UNAUTHENTICATED');
    });

    it('refuses a scheme other than Bearer', async () => {
      expectError(await api('GET', '/requests', { headers: { authorization: 'Basic xyz' } }), 401, 'UNAUTHENTICATED');
      const basicWithCredentials = `Basic ${Buffer.from('user:password').toString('base64')}`;
      expectError(await api('GET', '/requests', { headers: { authorization: basicWithCredentials } }), 401, 'UNAUTHENTICATED');
    });

    it('refuses a bearer value that is not a JWT', async () => {
      expectError(await listWith('garbage'), 401, 'TOKEN_INVALID');
      expectError(await listWith('aaa.bbb.ccc'), 401, 'TOKEN_INVALID');
    });

    it('refuses an expired token as expired', async () => {
      // Two minutes past expiry: well beyond the 30 s clock tolerance.
      const now = nowSeconds();
      const expired = await sign(validClaims({ iat: now - 3600, exp: now - 120 }));
      expectError(await listWith(expired), 401, 'TOKEN_EXPIRED');
    });

    it('refuses a token without an expiry, naming the lifetime the server accepts', async () => {
      const response = await listWith(await sign(validClaims({ exp: undefined })));
      expectError(response, 401, 'TOKEN_LIFETIME_TOO_LONG');
      expect(response.body.message).toContain(String(config.AUTH_MAX_TOKEN_LIFETIME_SECONDS));
    });

    it('refuses a token valid for years, and one without iat expiring beyond the maximum from now', async () => {
      const now = nowSeconds();
      expectError(await listWith(await sign(validClaims({ exp: now + 5 * 365 * 86_400 }))), 401, 'TOKEN_LIFETIME_TOO_LONG');
      const longFromNow = validClaims({ iat: undefined, exp: now + config.AUTH_MAX_TOKEN_LIFETIME_SECONDS + 600 });
      expectError(await listWith(await sign(longFromNow)), 401, 'TOKEN_LIFETIME_TOO_LONG');
    });

    it('accepts a token living exactly the configured maximum', async () => {
      const now = nowSeconds();
      const response = await listWith(await sign(validClaims({ iat: now, exp: now + config.AUTH_MAX_TOKEN_LIFETIME_SECONDS })));
      expect(response.status).toBe(200);
    });

    it('refuses a token that is not valid yet', async () => {
      const early = await sign(validClaims({ nbf: nowSeconds() + 3600 }));
      expectError(await listWith(early), 401, 'TOKEN_INVALID');
    });

    it('refuses a token of another issuer', async () => {
      expectError(await listWith(await sign(validClaims({ iss: 'https://idp.example/other' }))), 401, 'TOKEN_INVALID');
    });

    it('refuses a token meant for another audience', async () => {
      expectError(await listWith(await sign(validClaims({ aud: 'another-service' }))), 401, 'TOKEN_INVALID');
    });

    it('refuses an unsigned alg:none token', async () => {
      const claims = validClaims();
      const unsigned = new UnsecuredJWT({ name: claims.name, roles: claims.roles, agency_bin: claims.agency_bin })
        .setSubject(claims.sub!)
        .setIssuer(config.AUTH_ISSUER)
        .setAudience(config.AUTH_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .encode();
      expect(decodeProtectedHeader(unsigned).alg).toBe('none');
      expectError(await listWith(unsigned), 401, 'TOKEN_INVALID');
    });

    it('refuses HS256 tokens keyed with the public key (algorithm confusion)', async () => {
      // The classic confusion attack: the public key is public, so an HMAC "signed" with it proves nothing.
      const secrets = [Buffer.from(devKey.publicJwk.x!, 'base64url'), Buffer.from(JSON.stringify(devKey.publicJwk))];
      for (const secret of secrets) {
        const forged = await sign(validClaims(), { alg: 'HS256', key: new Uint8Array(secret) });
        expectError(await listWith(forged), 401, 'TOKEN_INVALID');
      }
    });

    it('refuses a token signed by another Ed25519 key under the dev key id', async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      const forged = await sign(validClaims(), { key: privateKey });
      expect(decodeProtectedHeader(forged).kid).toBe(devKey.publicJwk.kid);
      expectError(await listWith(forged), 401, 'TOKEN_INVALID');
    });

    it('refuses a token whose key id is unknown', async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      expectError(await listWith(await sign(validClaims(), { key: privateKey, kid: `unknown-${randomUUID()}` })), 401, 'TOKEN_INVALID');
    });

    it('refuses a validly signed token whose roles were edited afterwards', async () => {
      // An auditor may not list agency requests; turning the token into a submitter's must not work.
      const original = await sign(validClaims({ roles: ['auditor'] }));
      expectError(await listWith(original), 403, 'FORBIDDEN');
      const [header, payload, signature] = original.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as JWTPayload;
      const escalated = Buffer.from(JSON.stringify({ ...claims, roles: ['agency.submitter'] })).toString('base64url');
      expectError(await listWith(`${header}.${escalated}.${signature}`), 401, 'TOKEN_INVALID');
    });

    it('refuses an agency role without a valid agency BIN', async () => {
      const wrongCheckDigit = agencyBin.slice(0, 11) + String((Number(agencyBin[11]) + 1) % 10);
      const cases: JWTPayload[] = [
        validClaims({ agency_bin: undefined }),
        validClaims({ agency_bin: wrongCheckDigit }),
        validClaims({ agency_bin: '12345' }),
        validClaims({ agency_bin: Number(agencyBin) }),
        validClaims({ roles: ['agency.signatory'], agency_bin: '' }),
      ];
      for (const claims of cases) {
        const response = await listWith(await sign(claims));
        expect({ agency_bin: claims.agency_bin, status: response.status, code: response.body.code }).toEqual({
          agency_bin: claims.agency_bin,
          status: 401,
          code: 'TOKEN_INVALID',
        });
      }
    });

    it('refuses a token without any known role', async () => {
      const cases: JWTPayload[] = [
        validClaims({ roles: [] }),
        validClaims({ roles: undefined }),
        validClaims({ roles: 'agency.submitter' }),
        validClaims({ roles: ['superuser'] }),
      ];
      for (const claims of cases) {
        const response = await listWith(await sign(claims));
        expect({ roles: claims.roles, status: response.status, code: response.body.code }).toEqual({
          roles: claims.roles,
          status: 401,
          code: 'TOKEN_INVALID',
        });
      }
    });

    it('refuses a token without a subject', async () => {
      expectError(await listWith(await sign(validClaims({ sub: undefined }))), 401, 'TOKEN_INVALID');
    });
  });

  describe('a valid token of a role the route does not admit', () => {
    it.each(['commission.secretary', 'auditor', 'admin'] as const)('%s may neither list nor create requests', async (role) => {
      const token = await tokenFor({ roles: [role] }, config);
      expectError(await api('GET', '/requests', { token }), 403, 'FORBIDDEN');
      expectError(await api('POST', '/requests', { token, body: { system: { titleRu: 'Не моё' } } }), 403, 'FORBIDDEN');
    });

    it('a submitter may draft but neither submit nor withdraw; only the signatory may', async () => {
      const submitter = await tokenFor({ roles: ['agency.submitter'], agencyBin }, config);
      const signatory = await tokenFor({ roles: ['agency.signatory'], agencyBin }, config);
      const created = await api('POST', '/requests', { token: submitter, body: { system: { titleRu: 'Для подписи' } } });
      expect(created.status).toBe(201);
      const id: string = created.body.id;
      expectError(await api('POST', `/requests/${id}/submit`, { token: submitter }), 403, 'FORBIDDEN');
      expectError(await api('POST', `/requests/${id}/withdraw`, { token: submitter, body: { reason: 'Передумали' } }), 403, 'FORBIDDEN');
      // The refusals changed nothing; the signatory's withdrawal then goes through.
      expect((await api('GET', `/requests/${id}`, { token: submitter })).body).toMatchObject({ status: 'draft', etag: created.body.etag });
      const withdrawn = await api('POST', `/requests/${id}/withdraw`, { token: signatory, body: { reason: 'Передумали' } });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.status).toBe('withdrawn');
    });
  });

  describe('public routes', () => {
    it.each(['/health', '/ready', '/metrics', '/docs-json', '/auth/dev/jwks.json'])('%s answers without a token', async (path) => {
      const response = await api('GET', path);
      expect(response.status).toBe(200);
    });

    it('the dev JWKS publishes the public half of the dev key only', async () => {
      const response = await api('GET', '/auth/dev/jwks.json');
      expect(response.body.keys).toHaveLength(1);
      const [key] = response.body.keys;
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: devKey.publicJwk.kid, x: devKey.publicJwk.x });
      expect(key).not.toHaveProperty('d');
    });
  });

  describe('boot audit of declared access', () => {
    // The probes stay out of the API description: only their declared access is under test here.
    @ApiExcludeController()
    @Controller('undeclared')
    class UndeclaredController {
      @Get('open')
      open(): { open: true } {
        return { open: true };
      }
    }

    @ApiExcludeController()
    @Controller('declared')
    @Roles('auditor')
    class DeclaredController {
      @Get('guarded')
      guarded(): { ok: true } {
        return { ok: true };
      }

      @Get('public')
      @PublicRoute()
      open(): { ok: true } {
        return { ok: true };
      }
    }

    async function appWith(controllers: (new () => object)[]): Promise<NestFastifyApplication> {
      const platformConfig = loadPlatformConfig();
      @Module({ imports: [PlatformModule.forRoot({ config: platformConfig })], controllers })
      class TinyModule {}
      return createHttpApp(TinyModule, { service: 'audit-test', title: 'audit-test', config: platformConfig });
    }

    it('boots when every route declares who may call it', async () => {
      // The control: the same tiny module boots, so the refusal below is the audit's doing.
      const app = await appWith([DeclaredController]);
      try {
        await expect(app.init()).resolves.toBe(app);
      } finally {
        await app.close();
      }
    });

    it('refuses to boot with a route that declares neither @Roles nor @PublicRoute, naming it', async () => {
      const app = await appWith([DeclaredController, UndeclaredController]);
      try {
        let failure: unknown;
        try {
          await app.init();
        } catch (error) {
          failure = error;
        }
        expect(failure).toBeInstanceOf(Error);
        const message = (failure as Error).message;
        expect(message).toContain('UndeclaredController.open');
        expect(message).not.toContain('DeclaredController.guarded');
        expect(message).not.toContain('DeclaredController.open');
      } finally {
        await app.close();
      }
    });
  });

  describe('configuration of the token issuer', () => {
    it('refuses the development issuer in production', () => {
      const load = () =>
        loadPlatformConfig({ ...process.env, NODE_ENV: 'production', AUTH_DEV_ISSUER: 'true', AUTH_JWKS_URL: 'https://idp.example/jwks' });
      expect(load).toThrow(/AUTH_DEV_ISSUER/);
    });

    it('leaves the development issuer off by default in production', () => {
      // An empty variable counts as unset, so the production default applies.
      const config = loadPlatformConfig({
        ...process.env,
        NODE_ENV: 'production',
        AUTH_DEV_ISSUER: '',
        AUTH_JWKS_URL: 'https://idp.example/jwks',
      });
      expect(config.AUTH_DEV_ISSUER).toBe(false);
    });

    it('requires a JWKS URL when the development issuer is off', () => {
      expect(() => loadPlatformConfig({ ...process.env, AUTH_DEV_ISSUER: 'false', AUTH_JWKS_URL: '' })).toThrow(/AUTH_JWKS_URL/);
    });
  });

  describe('verification through a remote JWKS (the OIDC path)', () => {
    let second: TestApp;
    let secondApi: Api;

    beforeAll(async () => {
      second = await startTestApp({ AUTH_DEV_ISSUER: 'false', AUTH_JWKS_URL: `${testApp.baseUrl}/auth/dev/jwks.json` });
      secondApi = apiClient(second.baseUrl);
    });

    afterAll(async () => {
      await second?.close();
    });

    it('accepts a dev token on an app that only knows the issuer by its JWKS URL', async () => {
      expect(second.config.AUTH_DEV_ISSUER).toBe(false);
      const token = await tokenFor({ roles: ['agency.submitter'], agencyBin }, second.config);
      const created = await secondApi('POST', '/requests', { token, body: { system: { titleRu: 'Через JWKS' } } });
      expect(created.status).toBe(201);
      const listed = await secondApi('GET', '/requests', { token });
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(created.body.id);
    });

    it('still refuses tokens the remote keys do not verify', async () => {
      const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
      expectError(await secondApi('GET', '/requests', { token: await sign(validClaims(), { key: privateKey }) }), 401, 'TOKEN_INVALID');
      expectError(await secondApi('GET', '/requests'), 401, 'UNAUTHENTICATED');
    });

    it('does not serve the development JWKS itself', async () => {
      const response = await secondApi('GET', '/auth/dev/jwks.json');
      expect(response.status).toBe(404);
    });
  });
});
