import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ROLES } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { Api, apiClient } from '../support/http-client';

/** The webhook administration with the production defaults: only admins, only public targets. */
describe('registry webhooks: who may administer them, and where they may point', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let admin: string;
  const id = randomUUID();
  const endpoints: [string, string, object?][] = [
    ['POST', '/registry/subscriptions', { url: 'https://example.kz/hook', description: 'x' }],
    ['GET', '/registry/subscriptions'],
    ['GET', `/registry/subscriptions/${id}`],
    ['POST', `/registry/subscriptions/${id}/disable`],
    ['POST', `/registry/subscriptions/${id}/rotate-secret`],
    ['GET', `/registry/subscriptions/${id}/deliveries`],
    ['POST', `/registry/subscriptions/${id}/deliveries/${randomUUID()}/redeliver`],
  ];

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    admin = await tokenFor({ roles: ['admin'] });
  });

  afterAll(async () => {
    await testApp.close();
  });

  async function subscriptionCount(): Promise<number> {
    const [row] = await dataSource.query('SELECT count(*)::int AS count FROM registry.webhook_subscriptions');
    return row.count;
  }

  it('refuses every role but admin with 403, and anyone without a token with 401', async () => {
    for (const role of ROLES.filter((candidate) => candidate !== 'admin')) {
      const token = await tokenFor({ roles: [role], agencyBin: role.startsWith('agency.') ? '940140000385' : undefined });
      for (const [method, path, body] of endpoints) {
        const response = await api(method, path, { token, body });
        expect({ role, method, path, status: response.status, code: response.body.code }).toEqual({
          role,
          method,
          path,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
    }
    for (const [method, path, body] of endpoints) expect((await api(method, path, { body })).status).toBe(401);
    expect((await api('GET', `/registry/subscriptions/${id}`, { token: admin })).body.code).toBe('SUBSCRIPTION_NOT_FOUND');
  });

  it.each([
    ['http://127.0.0.1:8080/hook', 'PRIVATE_ADDRESS'],
    ['http://localhost/hook', 'PRIVATE_ADDRESS'],
    ['http://[::1]/hook', 'PRIVATE_ADDRESS'],
    ['http://169.254.169.254/latest/meta-data', 'PRIVATE_ADDRESS'],
    ['http://10.0.0.5/hook', 'PRIVATE_ADDRESS'],
    ['http://[::ffff:7f00:1]/hook', 'PRIVATE_ADDRESS'],
    ['http://[::ffff:169.254.169.254]/latest/meta-data', 'PRIVATE_ADDRESS'],
    ['http://[::127.0.0.1]/hook', 'PRIVATE_ADDRESS'],
    ['http://[2002:a00:5::1]/hook', 'PRIVATE_ADDRESS'],
    ['http://[64:ff9b::a00:5]/hook', 'PRIVATE_ADDRESS'],
    ['http://[64:ff9b:1::a00:5]/hook', 'PRIVATE_ADDRESS'],
    ['https://192.0.2.10/hook', 'PRIVATE_ADDRESS'],
    ['https://198.51.100.10/hook', 'PRIVATE_ADDRESS'],
    ['https://203.0.113.10/hook', 'PRIVATE_ADDRESS'],
    ['https://[2001:db8::10]/hook', 'PRIVATE_ADDRESS'],
    ['ftp://example.kz/hook', 'INVALID_URL'],
    ['https://user:secret@example.kz/hook', 'INVALID_URL'],
  ])('refuses the target %s (%s) and creates nothing', async (url, code) => {
    const before = await subscriptionCount();
    const response = await api('POST', '/registry/subscriptions', { token: admin, body: { url, description: 'Отказ' }, language: 'kk' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'url', code }] });
    expect(response.body.details[0].message).toMatch(/[әіңғүұқөһ]/);
    expect(await subscriptionCount()).toBe(before);
  });

  it('validates the body with field errors', async () => {
    const response = await api('POST', '/registry/subscriptions', {
      token: admin,
      body: { description: 5, secret: 'mine' },
      language: 'en',
    });
    expect(response.status).toBe(400);
    expect(response.body.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'url', code: 'REQUIRED' }),
        expect.objectContaining({ field: 'description', code: 'MUST_BE_STRING' }),
        expect.objectContaining({ field: 'secret', code: 'UNKNOWN_FIELD' }),
      ]),
    );
    const badId = await api('POST', '/registry/subscriptions/not-a-uuid/disable', { token: admin });
    expect(badId.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'id', code: 'INVALID_ID' }] });
  });
});
