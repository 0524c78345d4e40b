import { decodeJwt } from 'jose';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { OpenIdProvider } from '../support/openid-provider';

jest.setTimeout(60_000);

/**
 * Signing in through a real OpenID provider, configured the default way: the issuer URL only,
 * from which the application discovers the provider's keys.
 */
describe('login through an OpenID provider found by discovery', () => {
  const agencyBin = randomBin();
  let provider: OpenIdProvider;
  let testApp: TestApp;
  let api: Api;

  beforeAll(async () => {
    provider = await OpenIdProvider.start('qaztech-exemptions', [
      { clientId: 'agency-signatory', secret: 'signatory-secret', roles: ['agency.signatory'], agencyBin, name: 'Айгерім Сейтқали' },
      { clientId: 'operator', secret: 'operator-secret', roles: ['admin'] },
    ]);
    testApp = await startTestApp({
      AUTH_DEV_ISSUER: 'false',
      AUTH_ISSUER: provider.issuer,
      AUTH_JWKS_URL: '',
      AUTH_AUDIENCE: 'qaztech-exemptions',
    });
    api = apiClient(testApp.baseUrl);
  });

  afterAll(async () => {
    await testApp?.close();
    await provider?.close();
  });

  it('is configured by the issuer alone', () => {
    expect(testApp.config.AUTH_JWKS_URL).toBe('');
    expect(testApp.config.AUTH_ISSUER).toBe(provider.issuer);
  });

  it("admits an agency's signatory with the provider's token, for that agency", async () => {
    const token = await provider.login('agency-signatory');
    expect(decodeJwt(token)).toMatchObject({
      iss: provider.issuer,
      aud: 'qaztech-exemptions',
      roles: ['agency.signatory'],
      agency_bin: agencyBin,
    });
    const created = await api('POST', '/requests', { token, body: { system: { titleRu: 'Вход через OpenID' } } });
    expect(created.status).toBe(201);
    const listed = await api('GET', '/requests', { token });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([created.body.id]);
  });

  it("gives each account its roles: the agency's signatory cannot act as the admin", async () => {
    const signatory = await provider.login('agency-signatory');
    expect((await api('GET', '/registry/subscriptions', { token: signatory })).body.code).toBe('FORBIDDEN');
    const operator = await provider.login('operator');
    expect((await api('GET', '/registry/subscriptions', { token: operator })).status).toBe(200);
  });

  it('trusts no keys from a discovery document that names another issuer', async () => {
    // The provider's document names its issuer without the slash: not the issuer configured.
    const misnamed = await startTestApp({ AUTH_DEV_ISSUER: 'false', AUTH_ISSUER: `${provider.issuer}/`, AUTH_JWKS_URL: '' });
    try {
      const token = await provider.login('operator');
      const answer = await apiClient(misnamed.baseUrl)('GET', '/registry/subscriptions', { token });
      expect(answer).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      await misnamed.close();
    }
  });

  it('refuses a token the provider did not sign', async () => {
    const forged = await tokenFor({ roles: ['admin'] }, testApp.config);
    const answer = await api('GET', '/registry/subscriptions', { token: forged });
    expect(answer).toMatchObject({ status: 401, body: { code: 'TOKEN_INVALID' } });
  });
});

describe('an issuer whose discovery fails', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ AUTH_DEV_ISSUER: 'false', AUTH_ISSUER: 'http://127.0.0.1:1/realms/qaztech', AUTH_JWKS_URL: '' });
  });

  afterAll(async () => {
    await testApp?.close();
  });

  it('answers 503 while the provider cannot be reached, not 401 and not 500', async () => {
    const token = await tokenFor({ roles: ['admin'] }, testApp.config);
    const answer = await apiClient(testApp.baseUrl)('GET', '/registry/subscriptions', { token });
    expect(answer).toMatchObject({ status: 503, body: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
