import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { errorCatalog, ROLES } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { stateDigest } from '../support/digest';
import { randomBin } from '../support/fixtures';
import { Api, apiClient, ApiResponse } from '../support/http-client';
import { discoverRoutes, WRITE_METHODS } from '../support/routes';

jest.setTimeout(120_000);

/** `{"a":[{"a":[…]}]}` nested `levels` deep, as compact as JSON allows: 2,000 levels in about 4 KB. */
function deeplyNested(levels: number): string {
  return `${'{"a":['.repeat(levels / 2)}1${']}'.repeat(levels / 2)}`;
}

function expectFieldError(response: ApiResponse, field: string | RegExp, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
  expect(response.body.details).toEqual(
    expect.arrayContaining([
      { field: typeof field === 'string' ? field : expect.stringMatching(field), code, message: expect.any(String) },
    ]),
  );
}

describe('hostile structure: nesting, ranges, shapes and characters the database cannot hold', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let everyone: string;
  let ownRequestId: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    everyone = await tokenFor({ roles: [...ROLES], agencyBin: randomBin(), subject: `hostile-${randomUUID()}` });
    ownRequestId = (await api('POST', '/requests', { token: everyone, body: { system: { titleRu: 'Мишень' } } })).body.id;
  });

  afterAll(async () => {
    await testApp.close();
  });

  describe('a JSON body nested 2,000 levels deep (4 KB)', () => {
    const body = deeplyNested(2_000);

    it('is small: the size limit does not stop it, the depth limit must', () => {
      expect(Buffer.byteLength(body)).toBeLessThan(8 * 1024);
    });

    it('gets a coded 4xx from every JSON write route, and changes nothing', async () => {
      const routes = discoverRoutes(testApp.app).filter((route) => WRITE_METHODS.includes(route.split(' ')[0]!));
      expect(routes.length).toBeGreaterThanOrEqual(20);
      const before = await stateDigest(dataSource);
      const answers: string[] = [];
      for (const route of routes) {
        const [method, pattern] = route.split(' ') as [string, string];
        const path = pattern.replace(/:(\w+)/g, (_, name: string) =>
          name === 'year' ? '2026' : name === 'id' ? ownRequestId : randomUUID(),
        );
        const response = await api(method, path, { token: everyone, body, headers: { 'content-type': 'application/json' } });
        answers.push(
          `${route} ${response.status} ${errorCatalog.hasError(response.body?.code) ? 'coded' : JSON.stringify(response.body).slice(0, 200)}`,
        );
      }
      expect(answers.filter((answer) => !/ 4\d\d coded$/.test(answer))).toEqual([]);
      expect(await stateDigest(dataSource)).toBe(before);
    });

    it.each([
      ['POST', '/requests'],
      ['PUT', '/review/calendar/2026'],
      ['POST', '/review/meetings'],
      ['POST', '/registry/subscriptions'],
    ])('%s %s names the field where the nesting went too deep', async (method, path) => {
      const response = await api(method, path, { token: everyone, body, headers: { 'content-type': 'application/json' } });
      expectFieldError(response, /^a(\.0\.a){15}\.0$/, 'NESTED_TOO_DEEP');
      expect(response.body.details[0].message).toMatch(/32/);
    });
  });

  describe('integers beyond their column in a path', () => {
    it.each([
      [`/requests/{own}/versions/2147483648`, 'version', 'OUT_OF_RANGE'],
      [`/requests/{own}/versions/99999999999999999999999`, 'version', 'OUT_OF_RANGE'],
      [`/requests/{own}/versions/abc`, 'version', 'MUST_BE_INTEGER'],
      [`/requests/{own}/versions/0`, 'version', 'OUT_OF_RANGE'],
      [`/requests/{own}/versions/1.5`, 'version', 'MUST_BE_INTEGER'],
      ['/audit/entries/9223372036854775807', 'index', 'OUT_OF_RANGE'],
      ['/audit/entries/-1', 'index', 'OUT_OF_RANGE'],
      ['/audit/proof/inclusion?index=9223372036854775807', 'index', 'OUT_OF_RANGE'],
      ['/audit/proof/consistency?from=0&to=9223372036854775807', 'to', 'OUT_OF_RANGE'],
    ])('GET %s is a field error on %s (%s)', async (path, field, code) => {
      expectFieldError(await api('GET', path.replace('{own}', ownRequestId), { token: everyone }), field, code);
    });

    it('still looks up the largest version an integer column holds: not found, not refused', async () => {
      expect((await api('GET', `/requests/${ownRequestId}/versions/2147483647`, { token: everyone })).body.code).toBe('VERSION_NOT_FOUND');
    });
  });

  describe('an empty list where a list item or an object belongs', () => {
    it('refuses {"days":[[]]} for the calendar and keeps the year as it was', async () => {
      const before = await api('GET', '/review/calendar/2026', { token: everyone });
      expectFieldError(await api('PUT', '/review/calendar/2026', { token: everyone, body: { days: [[]] } }), 'days', 'MUST_BE_OBJECT');
      expect((await api('GET', '/review/calendar/2026', { token: everyone })).body).toEqual(before.body);
    });

    it('refuses a meeting whose member is a list', async () => {
      const body = { date: '2030-12-10', protocolNumber: `H-${randomUUID().slice(0, 8)}`, members: [[]] };
      expectFieldError(await api('POST', '/review/meetings', { token: everyone, body }), 'members', 'MUST_BE_OBJECT');
    });

    it.each([
      ['system', { system: [] }],
      ['system', { system: [{ titleRu: 'Список' }] }],
      ['justification', { justification: [] }],
      ['justification.reasons', { justification: { reasons: [[]] } }],
    ])('refuses a draft with %s shaped as a list, storing nothing', async (field, body) => {
      const before = await stateDigest(dataSource);
      expectFieldError(await api('POST', '/requests', { token: everyone, body }), field, 'MUST_BE_OBJECT');
      expectFieldError(await api('PATCH', `/requests/${ownRequestId}`, { token: everyone, body }), field, 'MUST_BE_OBJECT');
      expect(await stateDigest(dataSource)).toBe(before);
    });
  });

  describe('a NUL character in an audited read', () => {
    it.each([
      ['/audit/entries/%00', 'index'],
      ['/audit/requests/%00/history', 'requestId'],
      ['/audit/events?actor=a%00b', 'actor'],
    ])('GET %s is a field error on %s, not a failed access record', async (path, field) => {
      const recorded = async (): Promise<number> =>
        Number((await dataSource.query("SELECT count(*) AS n FROM audit.outbox WHERE event_type = 'audit.accessed.v1'"))[0].n);
      const before = await recorded();
      expectFieldError(await api('GET', path, { token: everyone }), field, 'CONTROL_CHARACTER');
      expect(await recorded()).toBe(before);
    });

    it('still records a valid read, so the refusal above is the NUL character, not a broken record', async () => {
      const count = async (): Promise<number> =>
        Number((await dataSource.query("SELECT count(*) AS n FROM audit.outbox WHERE event_type = 'audit.accessed.v1'"))[0].n);
      const before = await count();
      expect((await api('GET', '/audit/events?actor=someone', { token: everyone })).status).toBe(200);
      expect(await count()).toBe(before + 1);
    });
  });
});
