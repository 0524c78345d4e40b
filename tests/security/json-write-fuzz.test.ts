import { randomUUID } from 'node:crypto';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { AGENCY_ROLES, errorCatalog, Role } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { Route, servedRoutes, WRITE_METHODS } from '../support/routes';

jest.setTimeout(180_000);

/** Bodies per write route; about 30 routes, so the whole run stays near half a minute. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** `FUZZ_SEED=… npx jest tests/security/json-write-fuzz.test.ts` replays a failure fast-check reported. */
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** Names the DTOs nest below their top level, so generated bodies reach nested validation too. */
const NESTED_NAMES = [
  'titleRu',
  'titleKk',
  'reasons',
  'explanation',
  'kind',
  'date',
  'name',
  'id',
  'chair',
  'organisationBin',
  'amountKzt',
];

/** The fields of a route's body DTO, read from its class-validator declarations, with nested ones by their declared class. */
function bodyFieldsOf(route: Route): string[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, route.controllerType, route.handler) ?? {}) as Record<string, { index: number }>;
  const body = Object.entries(args).find(([key]) => key.startsWith(`${RouteParamtypes.BODY}:`));
  if (!body) return [];
  const types = (Reflect.getMetadata('design:paramtypes', route.controllerType.prototype as object, route.handler) ?? []) as unknown[];
  const names = new Set<string>();
  const visit = (type: unknown, depth: number): void => {
    if (typeof type !== 'function' || depth > 3) return;
    for (const metadata of getMetadataStorage().getTargetValidationMetadatas(type, '', true, false)) {
      names.add(metadata.propertyName);
      visit(Reflect.getMetadata('design:type', type.prototype as object, metadata.propertyName), depth + 1);
    }
  };
  visit(types[body[1].index], 0);
  return [...names];
}

const nulText = fc.constantFrom('\u0000', 'a\u0000b', '\u0000\u0000', 'Жүйе\u0000');
const hugeNumber = fc.oneof(
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('1e400', '-1e400', '1e-400', '2147483648', '-2147483649', '9223372036854775807', '9223372036854775808', '-0', '1E2'),
);
const leafText = fc.oneof(
  hugeNumber,
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
  fc.integer().map(String),
  fc.string({ maxLength: 40 }).map((text) => JSON.stringify(text)),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((text) => JSON.stringify(text)),
  nulText.map((text) => JSON.stringify(text)),
  fc.constantFrom('true', 'false', 'null', '""', '"2026-02-30"', '"00000000-0000-0000-0000-000000000000"', '"1500000.00"'),
);

/** Deep nesting of lists and objects around a leaf: up to thousands of levels in a few KB. */
const deepText = fc
  .tuple(fc.integer({ min: 20, max: 3_000 }), fc.boolean(), leafText)
  .map(([depth, lists, leaf]) =>
    lists ? `${'['.repeat(depth)}${leaf}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`,
  );

/** A JSON text of any shape whose object keys come from `names`, with the leaves above. */
function jsonText(names: string[]): fc.Arbitrary<string> {
  const key = fc.oneof(fc.constantFrom(...names, '__proto__', 'constructor', 'a\u0000'), fc.string({ maxLength: 10 }));
  const { value } = fc.letrec<{ value: string; list: string; object: string }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafText, tie('list'), tie('object'), deepText),
    list: fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    object: fc
      .uniqueArray(fc.tuple(key, tie('value')), { selector: ([name]) => name, maxLength: 5 })
      .map((entries) => `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${item}`).join(',')}}`),
  }));
  return value;
}

/** Bodies for a route: mostly objects of its own fields holding anything, some anything at all. */
function bodiesFor(fields: string[]): fc.Arbitrary<string> {
  const names = [...new Set([...fields, ...NESTED_NAMES])];
  const anyValue = jsonText(names);
  const ownFields = fc
    .uniqueArray(fc.tuple(fc.constantFrom(...names), anyValue), { selector: ([name]) => name, minLength: 1, maxLength: 6 })
    .map((entries) => `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${item}`).join(',')}}`);
  return fc.oneof({ weight: 3, arbitrary: ownFields }, { weight: 1, arbitrary: anyValue });
}

describe('property-based: arbitrary JSON bodies to every JSON write route, with a token of a role it admits', () => {
  let testApp: TestApp;
  let api: Api;
  let agencyBin: string;
  let ownRequestId: string;
  const tokens = new Map<Role, string>();
  let routes: (Route & { fields: string[] })[];

  const tokenOf = async (role: Role): Promise<string> => {
    if (!tokens.has(role)) {
      const agency = AGENCY_ROLES.includes(role) ? agencyBin : undefined;
      tokens.set(role, await tokenFor({ roles: [role], agencyBin: agency, subject: `fuzz-${role}-${randomUUID()}` }));
    }
    return tokens.get(role)!;
  };

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    agencyBin = randomBin();
    const submitter = await tokenOf('agency.submitter');
    ownRequestId = (await api('POST', '/requests', { token: submitter, body: { system: { titleRu: 'Мишень' } } })).body.id;
    routes = servedRoutes(testApp.app)
      .filter((route) => WRITE_METHODS.includes(route.method) && route.access?.kind === 'roles')
      .map((route) => ({ ...route, fields: bodyFieldsOf(route) }));
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('covers the write routes of every context, most with a body of declared fields', () => {
    const paths = routes.map((route) => `${route.method} ${route.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /requests',
        'PATCH /requests/:id',
        'PUT /review/calendar/:year',
        'POST /review/meetings',
        'POST /registry/subscriptions',
        'POST /catalogue/capabilities',
      ]),
    );
    expect(routes.filter((route) => route.fields.length > 0).length).toBeGreaterThanOrEqual(12);
  });

  it('answers every body with a success or a 4xx whose body has a known code, a message, and for a field error the field', async () => {
    const idSegment = fc.constantFrom('own', 'random');
    for (const route of routes) {
      if (route.access?.kind !== 'roles') continue;
      const token = await tokenOf(route.access.roles[0]!);
      await fc.assert(
        fc.asyncProperty(idSegment, bodiesFor(route.fields), async (id, body) => {
          const path = route.path.replace(/:(\w+)/g, (_, name: string) =>
            name === 'year' ? '2031' : id === 'own' && name === 'id' ? ownRequestId : randomUUID(),
          );
          const response = await api(route.method, path, { token, body, headers: { 'content-type': 'application/json' } });
          const summary = `${route.method} ${path} ${body.slice(0, 200)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
          if (response.status >= 500) throw new Error(`server error: ${summary}`);
          if (response.status < 400) return;
          const error = response.body as {
            code?: unknown;
            message?: unknown;
            details?: { field?: unknown; code?: unknown; message?: unknown }[];
          };
          if (!errorCatalog.hasError(error.code as string)) throw new Error(`refusal without a known code: ${summary}`);
          if (typeof error.message !== 'string' || error.message.length === 0) throw new Error(`refusal without a message: ${summary}`);
          if (!Array.isArray(error.details)) throw new Error(`refusal without details: ${summary}`);
          if (error.code === 'VALIDATION_FAILED' && error.details.length === 0) throw new Error(`field error naming no field: ${summary}`);
          for (const detail of error.details) {
            // A field is named as sent: an unknown key "" is the field "".
            const complete =
              typeof detail.field === 'string' &&
              [detail.code, detail.message].every((part) => typeof part === 'string' && part.length > 0);
            if (!complete) throw new Error(`field error without its field, code or message: ${summary}`);
            if (!errorCatalog.hasField(detail.code as string)) throw new Error(`field error with an unknown code: ${summary}`);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    }
  });
});
