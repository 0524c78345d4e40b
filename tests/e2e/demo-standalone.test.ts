import { randomBytes } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditModule } from '@qaztech/audit';
import { CatalogueModule } from '@qaztech/catalogue';
import { IntakeModule } from '@qaztech/intake';
import { ReviewModule } from '@qaztech/review';
import { opensslVerifyCommands } from '@qaztech/registry';
import { DEMO_STEPS, runDemo } from '../../tools/demo/run-demo';
import { startTestApp, TestApp } from '../support/app';
import { createOwnDatabase } from '../support/own-database';
import { rolesByApplication } from '../support/connected-roles';
import { demoPki } from '../support/demo-pki';
import { randomBin } from '../support/fixtures';
import { openApiPath, routesOf } from '../support/routes';

jest.setTimeout(120_000);

const CONTEXT_MODULES = { intake: IntakeModule, review: ReviewModule, audit: AuditModule, catalogue: CatalogueModule };

/** `npm start` and `npm run demo`: the demo's own steps against the standalone application. */
describe('the demo against the standalone application', () => {
  let testApp: TestApp;
  let pki: Awaited<ReturnType<typeof demoPki>>;
  // The demo checks every qualified signature in the ledger against its own development root, so
  // it runs on a ledger of its own, without the acts other tests signed with CAs of theirs.
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    pki = await demoPki();
    database = await createOwnDatabase();
    testApp = await startTestApp({ ...pki.env, DATABASE_URL: database.url, QUEUE_PREFIX: `demo-${randomBytes(3).toString('hex')}` });
  });

  afterAll(async () => {
    await testApp.close();
    await database.drop();
    pki.remove();
  });

  it('takes a request from a draft to a signed public decision, an audit history and a verified ledger', async () => {
    const lines: string[] = [];
    const state = await runDemo({
      baseUrlOf: () => testApp.baseUrl,
      keyFile: testApp.config.AUTH_DEV_KEY_FILE,
      issuer: testApp.config.AUTH_ISSUER,
      audience: testApp.config.AUTH_AUDIENCE,
      agencyBin: randomBin(),
      timeoutMs: 30_000,
      pki: pki.pki,
      print: (line) => lines.push(line),
    });
    expect(state.registrationNumber).toMatch(/^QTX-\d{4}-\d{6}$/);
    expect(state.decisionNumber).toMatch(/^QTX-D-\d{4}-\d{4}$/);
    expect(state.publicUrl).toBe(`${testApp.baseUrl}/public/decisions/${state.decisionNumber}`);
    const stepLines = lines.filter((line) => line.startsWith('['));
    expect(stepLines).toHaveLength(DEMO_STEPS.length + 1);
    expect(stepLines.every((line) => !line.endsWith('FAILED'))).toBe(true);
    expect(lines.join('\n')).toMatch(/recused: .+ \(applicant's organisation\)/);
    expect(lines.join('\n')).toMatch(/JWS verified against \/public\/jwks.json/);
    // The overlap report puts the duplicated inventory system first, with its reasons, beside the precedent.
    expect(lines.join('\n')).toMatch(/read the overlap report: .+refused to the agency \(403\)/);
    expect(lines.join('\n')).toMatch(/first: AP-\w+-01 «Республиканская система оповещения/);
    expect(lines.join('\n')).toMatch(/emergencies: «[^»]+» \(kk\) ↔ «[^»]+» \(ru\)/);
    expect(lines.join('\n')).toMatch(/beside it, precedent QTX-D-\d{4}-\d{4}/);
    // The history names each step; the ledger export verifies.
    expect(lines.filter((line) => /^ {8}#\d+ /.test(line)).length).toBeGreaterThan(20);
    expect(lines.join('\n')).toMatch(/ЭЦП of the chair/);
    expect(lines.join('\n')).toMatch(/minutes sha256:[0-9a-f]{12}… signed by .+ \(secretary\)/);
    // The chair's signature on the published decision, checked as the register page says, against the development root.
    const commands = opensslVerifyCommands(state.decisionNumber!, testApp.baseUrl, join(pki.pki.dir, 'trusted-roots.pem'));
    const checked = await promisify(execFile)('bash', ['-euo', 'pipefail', '-c', `${commands} 2>&1`], { cwd: pki.pki.dir });
    expect(checked.stdout).toContain('Verification successful');
    expect(lines.join('\n')).toMatch(/ {8}[1-9]\d* qualified signatures verified offline against the development root/);
    expect(lines.at(-2)).toMatch(/^\[(\d+)\/\1\] ledger verified offline: \d+ entries and \d+ signed checkpoints verify/);
  });

  it('names the step that fails and stops there', async () => {
    const lines: string[] = [];
    const attempt = runDemo({
      baseUrlOf: () => testApp.baseUrl,
      keyFile: testApp.config.AUTH_DEV_KEY_FILE,
      issuer: 'someone-else',
      audience: testApp.config.AUTH_AUDIENCE,
      agencyBin: randomBin(),
      timeoutMs: 5_000,
      pki: pki.pki,
      print: (line) => lines.push(line),
    });
    await expect(attempt).rejects.toThrow(/^step "draft the request" failed: POST \/requests answered 401/);
    expect(lines.at(-1)).toMatch(/draft the request: FAILED$/);
  });

  it('connects each context to the database as its own role, in one process, never as the owner', async () => {
    // A readiness check takes a connection from every context's pool; it stays open a while.
    expect((await fetch(`${testApp.baseUrl}/ready`)).status).toBe(200);
    const roles = await rolesByApplication(testApp.config.DATABASE_URL);
    const contexts = ['audit', 'catalogue', 'intake', 'registry', 'review'];
    expect(roles[testApp.config.DATABASE_APPLICATION_NAME]).toEqual(contexts.map((context) => `qaztech_${context}`));
    for (const context of contexts) expect([context, roles[`listen outbox_${context}`]]).toEqual([context, [`qaztech_${context}`]]);
  });

  it('describes every route of every context at /docs', async () => {
    const document = (await (await fetch(`${testApp.baseUrl}/docs-json`)).json()) as { paths: Record<string, Record<string, unknown>> };
    const undocumented: string[] = [];
    for (const [context, module] of Object.entries(CONTEXT_MODULES)) {
      const routes = routesOf(module).filter((route) => !route.undocumented);
      expect(routes.length).toBeGreaterThan(0);
      for (const route of routes) {
        if (!document.paths[openApiPath(route.path)]?.[route.method.toLowerCase()])
          undocumented.push(`${context}: ${route.method} ${route.path}`);
      }
    }
    expect(undocumented).toEqual([]);
  });
});
