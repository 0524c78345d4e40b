import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main as catalogueCommand } from '../../tools/catalogue-command';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { completeRequest, eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { board, decideRequest, publishedRecord } from '../support/registry-flow';
import { liveTask, submitCompleteRequest } from '../support/review-flow';

/** Output of the import command, as a test reads it. */
function captured() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
      env: process.env,
    },
  };
}

describe('the inventory, overlap reports and the reviewers’ search over HTTP', () => {
  const marker = randomUUID().slice(0, 8);
  const ownerBin = randomBin();
  let testApp: TestApp;
  let api: Api;
  let admin: string;
  let secretary: string;
  let auditor: string;
  let agency: string;
  let agencyBin: string;
  let file: string;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    admin = await tokenFor({ roles: ['admin'] });
    secretary = await tokenFor({ roles: ['commission.secretary'], subject: `secretary-${marker}` });
    auditor = await tokenFor({ roles: ['auditor'] });
    agencyBin = randomBin();
    agency = await tokenFor({ roles: ['agency.signatory'], agencyBin });
    const directory = await mkdtemp(join(tmpdir(), 'qtx-inventory-'));
    file = join(directory, 'portal-export.csv');
    await writeFile(
      file,
      [
        'object_id,owner_bin,owner_name,name_kk,name_ru,status,functions,data_objects,go_live_date',
        `SEC-${marker},${ownerBin},КНБ,Мемлекеттік құпияларды есепке алу ${marker},,industrial,,,2019-01-01`,
        `ZAGS-${marker},${ownerBin},МЮ,,Регистрация актов гражданского состояния ${marker},industrial,,person,2012-06-01`,
        `LIB-${marker},${ownerBin},МКИ,,Библиотечный фонд ${marker},pilot,,,`,
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('imports a portal export with the command: a dry run changes nothing, then the import is a version', async () => {
    const dry = captured();
    const base = ['import', file, '--base-url', testApp.baseUrl, '--token', admin, '--source', `portal ${marker}`];
    expect(await catalogueCommand([...base, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out.stdout).toMatch(/dry run, nothing changed: would be version \d+: 3 rows, 3 added/);
    expect(dry.out.stderr).toContain('3 rows read and checked');
    expect((await api('GET', `/catalogue/inventory/systems/SEC-${marker}`, { token: secretary })).status).toBe(404);
    const real = captured();
    expect(await catalogueCommand(base, real.io)).toBe(0);
    expect(real.out.stdout).toMatch(/imported as version \d+: 3 rows, 3 added/);
    const system = await api('GET', `/catalogue/inventory/systems/SEC-${marker}`, { token: auditor });
    expect(system.status).toBe(200);
    expect(system.body).toMatchObject({ missing: false, versions: [expect.objectContaining({ change: 'added' })] });
    const imports = await api('GET', '/catalogue/inventory/imports', { token: admin });
    expect(imports.body.items[0]).toMatchObject({ source: `portal ${marker}`, format: 'csv' });
  });

  it('refuses a bad file in the command before sending anything, and the API refuses it field by field', async () => {
    const bad = join(await mkdtemp(join(tmpdir(), 'qtx-inventory-')), 'bad.json');
    await writeFile(
      bad,
      JSON.stringify([{ objectId: 'X', ownerBin: '940140000386', ownerName: 'Орган', nameRu: 'Система', status: 'industrial' }]),
    );
    const run = captured();
    expect(await catalogueCommand(['import', bad, '--base-url', testApp.baseUrl, '--token', admin], run.io)).toBe(1);
    expect(run.out.stderr).toContain('rows.0.ownerBin: INVALID_BIN');
    const refused = await api('POST', '/catalogue/inventory/imports', {
      token: admin,
      language: 'kk',
      body: { source: 'x', format: 'json', content: '[{"objectId":"X"}]' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toContainEqual(expect.objectContaining({ field: 'rows.0.ownerBin', code: 'INVALID_BIN' }));
    expect(await catalogueCommand(['export', file], captured().io)).toBe(2);
  });

  it('computes the report when a request is submitted: the inventory system it duplicates first, with reasons; on the screening task', async () => {
    const requestId = await submitCompleteRequest(api, agency, agencyBin, {
      ...completeRequest(agencyBin),
      system: { ...completeRequest(agencyBin).system, titleRu: `Учёт сведений, составляющих государственные секреты ${marker}` },
    });
    const report = await eventually(async () => {
      const response = await api('GET', `/catalogue/overlap/requests/${requestId}`, { token: secretary });
      return response.status === 200 ? response.body : undefined;
    }, 20_000);
    expect(report.automated).toMatchObject({ decidesNothing: true, method: { name: 'catalogue-overlap-ranking' } });
    expect(report.automated.notice.ru).toMatch(/автоматически/);
    expect(report.systems[0]).toMatchObject({ kind: 'system', ref: `SEC-${marker}` });
    expect(report.systems[0].reasons.terms.length + report.systems[0].reasons.words.length).toBeGreaterThan(0);
    const task = await liveTask(api, secretary, 'screening', requestId);
    const shown = await eventually(async () => {
      const response = await api('GET', `/review/tasks/${task.id}`, { token: secretary });
      return response.body.overlapReport ?? undefined;
    }, 20_000);
    expect(shown).toMatchObject({ reportId: report.id, path: `/catalogue/overlap/requests/${requestId}`, automated: true });
    const caseFile = await api('GET', `/review/requests/${requestId}`, { token: secretary });
    expect(caseFile.body.tasks.find((item: { id: string }) => item.id === task.id).overlapReport).toMatchObject({ reportId: report.id });
    const again = await api('POST', `/catalogue/overlap/requests/${requestId}`, { token: secretary });
    expect([again.status, again.body.trigger]).toEqual([201, 'on_demand']);
  });

  it('never shows a report, the search or the glossary to an agency, not even about its own request', async () => {
    const requestId = randomUUID();
    for (const [method, path] of [
      ['GET', `/catalogue/overlap/requests/${requestId}`],
      ['POST', `/catalogue/overlap/requests/${requestId}`],
      ['GET', '/catalogue/search'],
      ['GET', '/catalogue/glossary'],
      ['GET', '/catalogue/inventory/imports'],
      ['POST', '/catalogue/inventory/imports'],
    ] as const) {
      const response = await api(method, path, { token: agency, body: method === 'POST' ? {} : undefined });
      expect([path, response.status]).toEqual([path, 403]);
    }
  });

  it('pages the reviewers’ search with cursors, filtered by kind and words, without repeating a row', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = `?kind=system&q=${marker}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await api('GET', `/catalogue/search${query}`, { token: auditor });
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((item: { ref: string }) => item.ref));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([`LIB-${marker}`, `SEC-${marker}`, `ZAGS-${marker}`]);
    const capabilities = await api('GET', '/catalogue/search?kind=capability&q=gitlab', { token: secretary });
    expect(capabilities.body.items).toContainEqual(expect.objectContaining({ kind: 'capability', ref: 'gitlab' }));
    const broken = await api('GET', '/catalogue/search?cursor=nonsense', { token: secretary });
    expect([broken.status, broken.body.details?.[0]?.code]).toEqual([400, 'INVALID_CURSOR']);
  });

  it('lets the admin extend the glossary; the Commission reads it', async () => {
    const put = await api('PUT', `/catalogue/glossary/beekeeping-${marker}`, {
      token: admin,
      body: { kind: 'function', kk: ['ара шаруашылығ'], ru: ['пчеловод'] },
    });
    expect(put.status).toBe(200);
    expect((await api('PUT', `/catalogue/glossary/x-${marker}`, { token: secretary, body: put.body })).status).toBe(403);
    const list = await api('GET', '/catalogue/glossary', { token: secretary });
    expect(list.body.items).toContainEqual(expect.objectContaining({ id: `beekeeping-${marker}`, seeded: false }));
  });

  it('shows similar published decisions beside a record in the public register, public precedents only', async () => {
    const commissionBoard = await board(`overlap-${marker}`);
    const sameSystem = (body: ReturnType<typeof completeRequest>) => ({
      ...body,
      system: {
        ...body.system,
        titleRu: `Реестр ветеринарного учёта скота ${marker}`,
        titleKk: `Мал басын ветеринариялық есепке алу ${marker}`,
      },
    });
    const first = await decideRequest(api, commissionBoard, randomBin(), { request: sameSystem });
    await publishedRecord(api, first.decisionNumber);
    const second = await decideRequest(api, commissionBoard, randomBin(), { request: sameSystem });
    const record = await eventually(async () => {
      const body = await publishedRecord(api, second.decisionNumber);
      return body.similarDecisions?.length > 0 ? body : undefined;
    }, 30_000);
    expect(record.similarDecisions[0]).toMatchObject({
      recordNumber: first.decisionNumber,
      href: `/public/decisions/${first.decisionNumber}`,
    });
    const page = await api('GET', `/register/${second.decisionNumber}?lang=ru`);
    expect(page.body).toContain('Похожие опубликованные решения');
  }, 120_000);
});
