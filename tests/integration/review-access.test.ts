import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, loadPlatformConfig, Role, ROLES } from '@qaztech/platform';
import { ReviewServiceModule } from '../../apps/review/src/review-service.module';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';

jest.setTimeout(60_000);

const STAFF: Role[] = [
  'commission.secretary',
  'expert.technical',
  'expert.security',
  'expert.legal',
  'commission.member',
  'commission.chair',
];
const EXPERTS: Role[] = ['expert.technical', 'expert.security', 'expert.legal'];
const COMMISSION: Role[] = ['commission.secretary', 'commission.member', 'commission.chair', 'auditor'];
const id = '00000000-0000-4000-8000-000000000000';

/** Every review route and the roles it admits. */
const ROUTES: [method: string, path: string, admitted: Role[]][] = [
  ['GET', '/review/queues/screening', ['commission.secretary', ...EXPERTS]],
  ['GET', `/review/tasks/${id}`, STAFF],
  ['POST', `/review/tasks/${id}/claim`, ['commission.secretary', ...EXPERTS]],
  ['POST', `/review/tasks/${id}/release`, ['commission.secretary', ...EXPERTS]],
  ['POST', `/review/tasks/${id}/assign`, ['commission.secretary']],
  ['POST', `/review/tasks/${id}/accept`, ['commission.secretary']],
  ['POST', `/review/tasks/${id}/return`, ['commission.secretary']],
  ['POST', `/review/tasks/${id}/opinion`, EXPERTS],
  ['GET', `/review/requests/${id}`, [...STAFF, 'auditor']],
  ['POST', '/review/meetings', ['commission.secretary']],
  ['GET', `/review/meetings/${id}`, COMMISSION],
  ['GET', `/review/meetings/${id}/minutes`, COMMISSION],
  ['POST', `/review/meetings/${id}/attendance`, ['commission.secretary']],
  ['POST', `/review/meetings/${id}/agenda`, ['commission.secretary']],
  ['POST', `/review/agenda-items/${id}/votes`, ['commission.member', 'commission.chair']],
  ['POST', `/review/agenda-items/${id}/conflicts`, ['commission.member', 'commission.chair']],
  ['POST', `/review/agenda-items/${id}/close`, ['commission.chair']],
  ['POST', `/review/agenda-items/${id}/decision`, ['commission.chair']],
  ['GET', `/review/decisions/${id}`, [...STAFF, 'auditor']],
  ['POST', `/review/decisions/${id}/revoke`, ['commission.chair']],
  ['POST', `/review/decisions/${id}/reconsideration`, ['agency.signatory']],
  ['GET', '/review/calendar/2026', ['admin', 'auditor', ...STAFF]],
  ['PUT', '/review/calendar/2026', ['admin']],
];

describe('review: who may call what', () => {
  let testApp: TestApp;
  let api: Api;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    const agencyBin = randomBin();
    for (const role of ROLES) {
      tokens.set(role, await tokenFor({ roles: [role], agencyBin: role.startsWith('agency.') ? agencyBin : undefined }, testApp.config));
    }
  });

  afterAll(async () => {
    await testApp.close();
  });

  it.each(ROUTES)('%s %s admits exactly its roles', async (method, path, admitted) => {
    const outcomes: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const role of ROLES) {
      const response = await api(method, path, { token: tokens.get(role)!, body: method === 'GET' ? undefined : {} });
      outcomes[role] = response.body?.code === 'FORBIDDEN' ? 'refused' : 'admitted';
      expected[role] = admitted.includes(role) ? 'admitted' : 'refused';
      expect(response.status).not.toBe(500);
    }
    expect(outcomes).toEqual(expected);
  });

  it('refuses every review route without a token', async () => {
    for (const [method, path] of ROUTES) expect((await api(method, path)).status).toBe(401);
  });
});

describe('the review service on its own', () => {
  let app: NestFastifyApplication;

  afterAll(async () => {
    await app?.close();
  });

  it('boots with only the review context and serves its routes', async () => {
    const config = loadPlatformConfig();
    app = await createHttpApp(ReviewServiceModule.forRoot(config), { service: 'review', title: 'review', config });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as { port: number };
    const api = apiClient(`http://127.0.0.1:${port}`);
    const secretary = await tokenFor({ roles: ['commission.secretary'] }, config);
    expect((await api('GET', '/review/queues/screening', { token: secretary })).status).toBe(200);
    expect((await api('GET', '/requests', { token: secretary })).status).toBe(404);
  });
});
