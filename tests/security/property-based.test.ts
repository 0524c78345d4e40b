import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { errorCatalog, ROLES } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { stateDigest } from '../support/digest';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { discoverRoutes, WRITE_METHODS } from '../support/routes';

jest.setTimeout(300_000);

/** Runs per write route: ~20 routes × 3 properties × this, a few seconds each on a loaded machine. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 20);
/** `PROPERTY_SEED=… npx jest tests/security/property-based.test.ts` replays a failure fast-check reported. */
const SEED = process.env.PROPERTY_SEED === undefined ? undefined : Number(process.env.PROPERTY_SEED);

const printable = fc.string({ unit: fc.constantFrom(...' !"#$%&\'()*+,-./0123456789:;<=>?@AZaz[\\]^_`{|}~'.split('')), maxLength: 40 });
const fieldNames = fc.constantFrom(
  'system',
  'applicant',
  'titleRu',
  'reason',
  'grounds',
  'choice',
  'version',
  'present',
  'outcome',
  '__proto__',
  'constructor',
  'requestId',
  'members',
  'verdict',
  'days',
);
const leaf = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fieldNames, fc.oneof(leaf, fc.dictionary(fieldNames, leaf, { maxKeys: 4 }), fc.array(leaf, { maxLength: 4 })), {
    maxKeys: 5,
  }),
);
const queryString = fc
  .dictionary(
    printable.filter((key) => key.length > 0),
    printable,
    { maxKeys: 4 },
  )
  .map((pairs) => new URLSearchParams(pairs).toString());
const headers = fc.record(
  {
    'if-match': printable,
    'idempotency-key': printable,
    'accept-language': fc.oneof(printable, fc.constantFrom('kk', 'ru-KZ', 'en;q=0.1, kk', '*')),
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/xml',
      'application/json; charset=utf-16',
      'multipart/form-data',
    ),
    'x-request-id': printable,
  },
  { requiredKeys: [] },
);
const idSegment = fc.oneof(
  fc.constant('own'),
  fc.uuid(),
  printable.filter((text) => text.length > 0 && !text.includes('/')),
  fc.constantFrom('..', '%00', '1 OR 1=1', "'; DROP TABLE intake.requests; --"),
);

describe('property-based: generated bodies, queries and headers to every write route', () => {
  let testApp: TestApp;
  let api: Api;
  let dataSource: DataSource;
  let token: string;
  let ownRequestId: string;
  let writeRoutes: string[];

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    dataSource = testApp.owner;
    const agencyBin = randomBin();
    // Every role at once: the generated input meets the validation and the use cases, not the guard.
    token = await tokenFor({ roles: [...ROLES], agencyBin, subject: `fuzz-${randomUUID()}` });
    ownRequestId = (await api('POST', '/requests', { token, body: { system: { titleRu: 'Мишень' } } })).body.id;
    writeRoutes = discoverRoutes(testApp.app).filter((route) => WRITE_METHODS.includes(route.split(' ')[0]!));
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('finds the write routes of intake and review', () => {
    expect(writeRoutes.length).toBeGreaterThanOrEqual(20);
    expect(writeRoutes).toEqual(expect.arrayContaining(['POST /requests', 'PATCH /requests/:id', 'POST /review/agenda-items/:id/votes']));
  });

  /** Sends one generated request; a refusal must be a 4xx with a known code and change nothing. */
  async function probe(route: string, id: string, payload: unknown, query: string, extra: Record<string, string>): Promise<void> {
    const [method, pattern] = route.split(' ') as [string, string];
    const segment = id === 'own' ? ownRequestId : encodeURIComponent(id);
    const path = pattern.replace(/:\w+|\*/g, segment) + (query ? `?${query}` : '');
    const before = await stateDigest(dataSource);
    const response = await api(method, path, {
      token,
      headers: { 'content-type': 'application/json', ...extra },
      body: JSON.stringify(payload),
    });
    const summary = `${method} ${path} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
    if (response.status >= 500) throw new Error(`server error: ${summary}`);
    if (response.status < 400) return;
    // The catalog holds the platform's codes and those every context registered when the app booted.
    if (!errorCatalog.hasError(String(response.body?.code))) throw new Error(`refusal without a known code: ${summary}`);
    if ((await stateDigest(dataSource)) !== before) throw new Error(`a refused request changed the database: ${summary}`);
  }

  it('answers any body with a success or a coded 4xx, never a 500, and a refusal changes nothing', async () => {
    for (const route of writeRoutes) {
      await fc.assert(
        fc.asyncProperty(idSegment, body, async (id, payload) => probe(route, id, payload, '', {})),
        { numRuns: RUNS, seed: SEED },
      );
    }
  });

  it('answers any query string the same way', async () => {
    for (const route of writeRoutes) {
      await fc.assert(
        fc.asyncProperty(queryString, body, async (query, payload) => probe(route, 'own', payload, query, {})),
        { numRuns: RUNS, seed: SEED },
      );
    }
  });

  it('answers any headers the same way', async () => {
    for (const route of writeRoutes) {
      await fc.assert(
        fc.asyncProperty(headers, body, async (extra, payload) => probe(route, 'own', payload, '', extra)),
        { numRuns: RUNS, seed: SEED },
      );
    }
  });
});
