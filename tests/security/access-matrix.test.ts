import { randomUUID } from 'node:crypto';
import { Role, ROLES } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { randomBin, SAMPLE_FILES, uploadForm } from '../support/fixtures';
import { Api, apiClient, ApiResponse } from '../support/http-client';
import { discoverRoutes, mountedRoutes } from '../support/routes';
import { commission, onAgenda, rejectOnAgenda, submitCompleteRequest } from '../support/review-flow';

jest.setTimeout(120_000);

/**
 * Who may do what. Columns: the eleven roles, then a caller without a token.
 *   ok   admitted (past the access check; the answer may still be a 4xx about the input)
 *   own  admitted on the caller's own agency's request; another agency's answers 404 *_NOT_FOUND
 *   403  refused for the role: FORBIDDEN
 *   401  refused without a token: UNAUTHENTICATED
 * Every route the application serves must have a row: a new route fails this test until its
 * row says who may call it.
 */
type Cell = 'ok' | 'own' | '403' | '401';
const [ok, own, no, anon]: Cell[] = ['ok', 'own', '403', '401'];

// prettier-ignore
const MATRIX: Record<string, readonly Cell[]> = {
  //                                                subm sign secr tech sec  legl memb chair aud admin oper | none
  'GET /health':                                     [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /ready':                                      [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /metrics':                                    [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /auth/dev/jwks.json':                         [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'POST /requests':                                  [ok,  ok,  no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests':                                   [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests/:id':                               [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'PATCH /requests/:id':                             [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /requests/:id/submit':                       [no,  own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests/:id/signing-document':              [no,  own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /requests/:id/withdraw':                     [no,  own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests/:id/versions':                      [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests/:id/versions/:version':             [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /requests/:id/attachments':                  [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests/:id/attachments/:attachmentId':     [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /requests/:id/platform-obligations':          [own, own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /review/queues/:stage':                       [no,  no,  ok,  ok,  ok,  ok,  no,  no,  no, no, no,     anon],
  'GET /review/tasks/:id':                           [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  no, no, no,     anon],
  'POST /review/tasks/:id/claim':                    [no,  no,  ok,  ok,  ok,  ok,  no,  no,  no, no, no,     anon],
  'POST /review/tasks/:id/release':                  [no,  no,  ok,  ok,  ok,  ok,  no,  no,  no, no, no,     anon],
  'POST /review/tasks/:id/assign':                   [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /review/tasks/:id/accept':                   [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /review/tasks/:id/return':                   [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /review/tasks/:id/opinion':                  [no,  no,  no,  ok,  ok,  ok,  no,  no,  no, no, no,     anon],
  'POST /review/tasks/:id/opinion/signing-document': [no,  no,  no,  ok,  ok,  ok,  no,  no,  no, no, no,     anon],
  'GET /review/requests/:id':                        [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, no, no,     anon],
  'POST /review/meetings':                           [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /review/meetings/:id':                        [no,  no,  ok,  no,  no,  no,  ok,  ok,  ok, no, no,     anon],
  'POST /review/meetings/:id/attendance':            [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /review/meetings/:id/agenda':                [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /review/meetings/:id/minutes':                [no,  no,  ok,  no,  no,  no,  ok,  ok,  ok, no, no,     anon],
  'GET /review/meetings/:id/minutes/signing-document': [no, no, ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /review/meetings/:id/minutes/signature':     [no,  no,  ok,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'POST /review/agenda-items/:id/votes':             [no,  no,  no,  no,  no,  no,  ok,  ok,  no, no, no,     anon],
  'POST /review/agenda-items/:id/conflicts':         [no,  no,  no,  no,  no,  no,  ok,  ok,  no, no, no,     anon],
  'POST /review/agenda-items/:id/close':             [no,  no,  no,  no,  no,  no,  no,  ok,  no, no, no,     anon],
  'POST /review/agenda-items/:id/decision':          [no,  no,  no,  no,  no,  no,  no,  ok,  no, no, no,     anon],
  'POST /review/agenda-items/:id/decision/signing-document': [no, no, no, no, no, no, no, ok, no, no, no,     anon],
  'GET /review/decisions/:id':                       [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, no, no,     anon],
  'POST /review/decisions/:id/revoke':               [no,  no,  no,  no,  no,  no,  no,  ok,  no, no, no,     anon],
  'POST /review/decisions/:id/revoke/signing-document': [no, no, no, no, no, no, no, ok, no, no, no,       anon],
  'POST /review/decisions/:id/reconsideration':      [no,  own, no,  no,  no,  no,  no,  no,  no, no, no,     anon],
  'GET /review/calendar/:year':                      [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, no,     anon],
  'PUT /review/calendar/:year':                      [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'GET /audit/events':                               [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/verify':                               [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/export':                               [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/proof/inclusion':                      [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/proof/consistency':                    [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/entries/:index':                       [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/log/checkpoint':                       [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/log/key':                              [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/log/tile/*':                           [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /audit/requests/:requestId/history':          [no,  no,  no,  no,  no,  no,  no,  no,  ok, no, no,     anon],
  'GET /catalogue/capabilities':                     [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  ok,    anon],
  'POST /catalogue/capabilities':                    [no,  no,  no,  no,  no,  no,  no,  no,  no, ok,  ok,    anon],
  'GET /catalogue/capabilities/:id':                 [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  ok,    anon],
  'PUT /catalogue/capabilities/:id':                 [no,  no,  no,  no,  no,  no,  no,  no,  no, ok,  ok,    anon],
  'GET /catalogue/capabilities/:id/versions':        [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  ok,    anon],
  'POST /catalogue/capabilities/:id/status':         [no,  no,  no,  no,  no,  no,  no,  no,  no, ok,  ok,    anon],
  'POST /catalogue/capabilities/:id/retire':         [no,  no,  no,  no,  no,  no,  no,  no,  no, ok,  ok,    anon],
  'GET /catalogue/overlap/requests/:requestId':      [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, no,  no,    anon],
  'POST /catalogue/overlap/requests/:requestId':     [no,  no,  ok,  ok,  ok,  ok,  no,  no,  no, no,  no,    anon],
  'GET /catalogue/search':                           [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, no,  no,    anon],
  'GET /catalogue/glossary':                         [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  no,    anon],
  'PUT /catalogue/glossary/:id':                     [no,  no,  no,  no,  no,  no,  no,  no,  no, ok,  no,    anon],
  'GET /catalogue/inventory/imports':                [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  no,    anon],
  'POST /catalogue/inventory/imports':               [no,  no,  no,  no,  no,  no,  no,  no,  no, ok,  no,    anon],
  'GET /catalogue/inventory/systems/:objectId':      [no,  no,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  no,    anon],
  'GET /public/capabilities':                        [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok,  ok,    ok],
  'GET /public/decisions':                           [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /public/decisions/:number':                   [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /public/decisions.atom':                      [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /public/decisions.csv':                       [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /public/jwks.json':                           [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /register':                                   [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /register/:number':                           [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /register/assets/register.css':               [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'GET /register/assets/icon.svg':                   [ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok,  ok, ok, ok,     ok],
  'POST /registry/subscriptions':                    [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'GET /registry/subscriptions':                     [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'GET /registry/subscriptions/:id':                 [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'POST /registry/subscriptions/:id/disable':        [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'POST /registry/subscriptions/:id/rotate-secret':  [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'GET /registry/subscriptions/:id/deliveries':      [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'POST /registry/subscriptions/:id/deliveries/:deliveryId/redeliver': [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'GET /admin/queues/*':                             [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'PATCH /admin/queues/*':                           [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'POST /admin/queues/*':                            [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
  'PUT /admin/queues/*':                             [no,  no,  no,  no,  no,  no,  no,  no,  no, ok, no,     anon],
};

/** A route of the read-only queue dashboard for each method: the admin's writes answer 405. */
const DASHBOARD_CALLS: Record<string, string> = {
  'GET /admin/queues/*': '/admin/queues/api/queues',
  'PATCH /admin/queues/*': '/admin/queues/api/queues/events.intake/1/delay',
  'POST /admin/queues/*': '/admin/queues/api/queues/events.intake/add',
  'PUT /admin/queues/*': '/admin/queues/api/queues/events.intake/pause',
};

interface Fixture {
  requestId: string;
  attachmentId: string;
  decisionId: string;
  etag: () => Promise<string>;
}

/** Each expert's queue is their own stage's; asking for another stage is a different refusal. */
const STAGE_OF: Partial<Record<Role | 'none', string>> = {
  'expert.technical': 'technical',
  'expert.security': 'security',
  'expert.legal': 'legal',
};

/** A concrete call for a route: real ids of agency A for agency routes, unknown ids elsewhere. */
async function callFor(
  route: string,
  fixture: Fixture,
  role: Role | 'none',
): Promise<{ method: string; path: string; body?: unknown; headers?: Record<string, string> }> {
  const [method, pattern] = route.split(' ') as [string, string];
  if (DASHBOARD_CALLS[route]) return { method, path: DASHBOARD_CALLS[route], body: method === 'GET' ? undefined : {} };
  const agencyRoute = pattern.startsWith('/requests') || pattern.includes('reconsideration');
  const id = pattern.startsWith('/requests') ? fixture.requestId : pattern.includes('reconsideration') ? fixture.decisionId : randomUUID();
  const path = pattern
    .replace(':id', id)
    .replace(':attachmentId', agencyRoute ? fixture.attachmentId : randomUUID())
    .replace(':deliveryId', randomUUID())
    .replace(':requestId', randomUUID())
    .replace(':version', '1')
    .replace(':index', '0')
    .replace(':stage', STAGE_OF[role] ?? 'screening')
    .replace(':year', '2026')
    .replace(':number', 'QTX-D-2026-0001')
    .replace('*', '0/000');
  if (method === 'GET') return { method, path };
  if (pattern.endsWith('/attachments')) {
    return { method, path, body: uploadForm(SAMPLE_FILES.pdf, 'matrix.pdf', { kind: 'other', language: 'ru', classification: 'open' }) };
  }
  // Valid bodies for the agency routes, so that only the agency check can stop another agency.
  const bodies: Record<string, unknown> = {
    'POST /requests': { system: { titleRu: 'Матрица доступа' } },
    'PATCH /requests/:id': { system: { titleRu: 'Захват' } },
    'POST /requests/:id/withdraw': { reason: 'Матрица доступа' },
    'POST /review/decisions/:id/reconsideration': { grounds: 'Матрица доступа' },
  };
  const headers = route === 'PATCH /requests/:id' ? { 'if-match': await fixture.etag() } : undefined;
  return { method, path, body: bodies[route] ?? {}, headers };
}

const describeAnswer = (response: ApiResponse): string => `${response.status} ${response.body?.code ?? ''}`.trim();

describe('access control matrix: every route × every role × own or another agency', () => {
  let testApp: TestApp;
  let api: Api;
  let fixture: Fixture;
  const agencyA = randomBin();
  const agencyB = randomBin();
  const tokens = new Map<Role, { own?: string; other?: string }>();

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    for (const role of ROLES) {
      const agencyRole = role.startsWith('agency.');
      tokens.set(role, {
        own: await tokenFor({ roles: [role], agencyBin: agencyRole ? agencyA : undefined }),
        other: agencyRole ? await tokenFor({ roles: [role], agencyBin: agencyB }) : undefined,
      });
    }
    const signatory = tokens.get('agency.signatory')!.own!;
    const decidedId = await submitCompleteRequest(api, signatory, agencyA);
    const secretary = await tokenFor({ roles: ['commission.secretary'], subject: 'matrix-secretary' });
    const board = await commission(randomBin(), 'matrix');
    const decisionId = await rejectOnAgenda(api, board, await onAgenda(api, secretary, board, decidedId));
    const requestId = await submitCompleteRequest(api, signatory, agencyA);
    const request = await api('GET', `/requests/${requestId}`, { token: signatory });
    fixture = {
      requestId,
      attachmentId: request.body.attachments[0].id,
      decisionId,
      etag: async () => (await api('GET', `/requests/${requestId}`, { token: signatory })).headers.get('etag')!,
    };
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('has a row for every route the application serves, and no row for a route it does not', () => {
    expect([...discoverRoutes(testApp.app), ...mountedRoutes(testApp.app)].sort()).toEqual(Object.keys(MATRIX).sort());
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(ROLES.length + 1);
  });

  it.each(Object.keys(MATRIX))('%s answers each role as the table says', async (route) => {
    const row = MATRIX[route]!;
    const expected: Record<string, string> = {};
    const actual: Record<string, string> = {};
    for (const [column, role] of [...ROLES, 'none' as const].entries()) {
      const cell = row[column]!;
      const token = role === 'none' ? undefined : tokens.get(role)!.own;
      const call = await callFor(route, fixture, role);
      const response = await api(call.method, call.path, { token, body: call.body, headers: call.headers });
      expect(response.status).toBeLessThan(500);
      expected[role] = cell;
      actual[role] = verdictOf(response, cell);
      if (cell === 'own' && role !== 'none') {
        const other = await callFor(route, fixture, role);
        const foreign = await api(other.method, other.path, { token: tokens.get(role)!.other, body: other.body, headers: other.headers });
        actual[`${role} (other agency)`] = otherAgencyVerdict(route, foreign, fixture.requestId);
        expected[`${role} (other agency)`] = 'hidden';
      }
    }
    expect(actual).toEqual(expected);
  });
});

/** Names an answer by the cell it shows, or by its status and code when it matches none. */
function verdictOf(response: ApiResponse, cell: Cell): string {
  if (response.status === 401 && response.body?.code === 'UNAUTHENTICATED') return '401';
  if (response.status === 403 && response.body?.code === 'FORBIDDEN') return '403';
  if (cell === 'own')
    return response.status === 404 || response.status === 401 || response.status === 403 ? describeAnswer(response) : 'own';
  if (response.status === 401 || response.status === 403) return describeAnswer(response);
  return 'ok';
}

function otherAgencyVerdict(route: string, response: ApiResponse, requestId: string): string {
  if (route === 'GET /requests') {
    const ids = (response.body?.items ?? []).map((item: { id: string }) => item.id);
    return response.status === 200 && !ids.includes(requestId) ? 'hidden' : `listed: ${describeAnswer(response)}`;
  }
  return response.status === 404 && /_NOT_FOUND$/.test(response.body?.code ?? '') ? 'hidden' : describeAnswer(response);
}
