import { randomUUID } from 'node:crypto';
import { ManualClock } from '@qaztech/platform';
import { startTestApp, TestApp, tokenFor } from '../support/app';
import { eventually, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';

/** After the machine's own time, so versions this test records are the newest of the run. */
const FEBRUARY = '2027-02-15T06:00:00.000Z';
const MARCH = '2027-03-10T06:00:00.000Z';

function newEntry(id: string) {
  return {
    id,
    category: 'shared_services',
    names: { kk: 'Электрондық мұрағат', ru: 'Электронный архив', en: 'Electronic archive' },
    descriptions: { kk: 'Құжаттарды ұзақ сақтау.', ru: 'Долговременное хранение документов.', en: 'Long-term storage of documents.' },
    status: 'available',
    availableSince: '2026-11-01',
    limits: {
      dataClasses: ['open', 'personal'],
      certificationLevel: 'Аттестат соответствия требованиям ИБ',
      throughput: { value: 200, unit: 'requests_per_second' },
      other: { retention: '75 лет' },
    },
    owner: 'АО «Национальные информационные технологии»',
  };
}

describe('the capability catalogue over HTTP', () => {
  const clock = new ManualClock(FEBRUARY);
  const id = `archive-${randomUUID().slice(0, 8)}`;
  let testApp: TestApp;
  let api: Api;
  let operator: string;
  let agency: string;
  let auditor: string;

  beforeAll(async () => {
    testApp = await startTestApp({}, clock);
    api = apiClient(testApp.baseUrl);
    operator = await tokenFor({ roles: ['platform.operator'], subject: 'operator-1', name: 'Дана Ержанова' });
    agency = await tokenFor({ roles: ['agency.signatory'], agencyBin: randomBin() });
    auditor = await tokenFor({ roles: ['auditor'] });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('is public and seeded: in the language asked for, or in all three, each seeded entry marked as an assumption', async () => {
    const kk = await api('GET', '/public/capabilities', { language: 'kk' });
    expect(kk.status).toBe(200);
    const prodKk = kk.body.items.find((item: { id: string }) => item.id === 'env-prod');
    expect(prodKk).toMatchObject({ language: 'kk', name: 'Өнеркәсіптік орта (PROD)', assumption: true });
    expect(prodKk.names).toBeUndefined();
    expect(kk.body.assumptionNotice).toMatch(/болжам/);
    const ru = await api('GET', '/public/capabilities', { language: 'ru-KZ' });
    expect(ru.body.items.find((item: { id: string }) => item.id === 'env-prod')).toMatchObject({ name: 'Промышленная среда (PROD)' });
    const en = await api('GET', '/public/capabilities', { language: 'en' });
    expect(en.body.items.find((item: { id: string }) => item.id === 'data-exchange')).toMatchObject({
      name: 'Data exchange between state bodies',
    });
    const all = await api('GET', '/public/capabilities');
    expect(all.body.items.find((item: { id: string }) => item.id === 'gitlab')).toMatchObject({
      names: { kk: 'GitLab', ru: 'GitLab', en: 'GitLab' },
      assumption: true,
    });
    expect(all.body.assumptionNotice).toEqual({ kk: expect.any(String), ru: expect.any(String), en: expect.any(String) });
  });

  it('is linked from the register page, in the page’s language', async () => {
    const page = (await api('GET', '/register?lang=kk')).body as string;
    expect(page).toContain('<a href="/public/capabilities" type="application/json">QazTech мүмкіндіктері</a>');
  });

  it('is kept by the platform operator; an agency may read it but not change it, and the catalogue stays as it was', async () => {
    const refused = await api('POST', '/catalogue/capabilities', { token: agency, body: newEntry(id) });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    expect((await api('GET', `/catalogue/capabilities/${id}`, { token: agency })).status).toBe(404);

    const created = await api('POST', '/catalogue/capabilities', { token: operator, body: newEntry(id) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id, version: 1, assumption: false, recordedAt: FEBRUARY });
    const again = await api('POST', '/catalogue/capabilities', { token: operator, body: newEntry(id) });
    expect([again.status, again.body.code]).toEqual([409, 'CAPABILITY_EXISTS']);

    const edit = await api('PUT', `/catalogue/capabilities/${id}`, { token: agency, body: { ...newEntry(id), id: undefined } });
    expect([edit.status, edit.body.code]).toEqual([403, 'FORBIDDEN']);
    const read = await api('GET', `/catalogue/capabilities/${id}`, { token: agency });
    expect(read.body).toMatchObject({ id, version: 1, owner: 'АО «Национальные информационные технологии»' });
  });

  it('refuses bad input with a stable code, the field and a message in the caller’s language, and records nothing', async () => {
    const planned = await api('POST', `/catalogue/capabilities/${id}/status`, {
      token: operator,
      body: { status: 'planned' },
      language: 'kk',
    });
    expect(planned.status).toBe(400);
    expect(planned.body.code).toBe('VALIDATION_FAILED');
    expect(planned.body.details).toEqual([
      { field: 'plannedFor', code: 'PLANNED_DATE_REQUIRED', message: 'Жоспарланған мүмкіндіктің күтілетін күнін көрсетіңіз.' },
    ]);
    const unit = await api('PUT', `/catalogue/capabilities/${id}`, {
      token: operator,
      language: 'en',
      body: { ...newEntry(id), id: undefined, limits: { dataClasses: ['secret'], throughput: { value: 5, unit: 'parsecs' } } },
    });
    expect(unit.status).toBe(400);
    expect(unit.body.details.map((detail: { field: string; code: string }) => [detail.field, detail.code])).toEqual(
      expect.arrayContaining([
        ['limits.dataClasses', 'NOT_ALLOWED_VALUE'],
        ['limits.throughput.unit', 'NOT_ALLOWED_VALUE'],
      ]),
    );
    const badDay = await api('GET', '/catalogue/capabilities?asOf=2027-02-30', { token: agency, language: 'ru' });
    expect([badDay.status, badDay.body.details[0].field, badDay.body.details[0].code]).toEqual([400, 'asOf', 'INVALID_DATE']);
    const versions = await api('GET', `/catalogue/capabilities/${id}/versions`, { token: operator });
    expect(versions.body.versions).toHaveLength(1);
  });

  it('reads the catalogue back as of any day, from the versions it stored', async () => {
    clock.set(MARCH);
    const changed = await api('POST', `/catalogue/capabilities/${id}/status`, {
      token: operator,
      body: { status: 'planned', plannedFor: '2027-09-01' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, status: 'planned', plannedFor: '2027-09-01', availableSince: null });

    const entryOn = async (day: string) => {
      const answer = await api('GET', `/catalogue/capabilities?asOf=${day}`, { token: agency });
      expect([answer.status, answer.body.asOf]).toEqual([200, day]);
      return answer.body.items.find((item: { id: string }) => item.id === id);
    };
    expect(await entryOn('2027-02-14')).toBeUndefined();
    expect(await entryOn('2027-03-01')).toMatchObject({ version: 1, status: 'available' });
    expect(await entryOn('2027-03-10')).toMatchObject({ version: 2, status: 'planned' });

    const stale = await api('POST', `/catalogue/capabilities/${id}/retire`, {
      token: operator,
      body: { reason: 'Заменён общим архивом' },
      headers: { 'if-match': '"1"' },
      language: 'en',
    });
    expect([stale.status, stale.body.code, stale.body.message]).toEqual([
      412,
      'CAPABILITY_VERSION_MISMATCH',
      'Someone else changed the capability; fetch the current version and try again.',
    ]);
    const retired = await api('POST', `/catalogue/capabilities/${id}/retire`, {
      token: operator,
      body: { reason: 'Заменён общим архивом' },
      headers: { 'if-match': '"2"' },
    });
    expect(retired.body).toMatchObject({ version: 3, retired: true });
    expect(
      (await api('GET', '/catalogue/capabilities', { token: agency })).body.items.map((item: { id: string }) => item.id),
    ).not.toContain(id);
    expect(await entryOn('2027-03-01')).toMatchObject({ version: 1 });

    const versions = await api('GET', `/catalogue/capabilities/${id}/versions`, { token: auditor });
    expect(versions.body.versions.map((version: { version: number; change: string }) => [version.version, version.change])).toEqual([
      [1, 'created'],
      [2, 'status_changed'],
      [3, 'retired'],
    ]);
    expect(versions.body.versions[1].recordedBy).toEqual({ id: 'operator-1', role: 'platform.operator', name: 'Дана Ержанова' });
  });

  it('puts every change into the ledger, the operator’s by the operator and the seed’s by the system', async () => {
    const types = ['catalogue.capability_created.v1', 'catalogue.capability_status_changed.v1', 'catalogue.capability_retired.v1'];
    const entries = await eventually(async () => {
      const answer = await api('GET', `/audit/events?type=${types.join(',')}&actor=operator-1&limit=100`, { token: auditor });
      const mine = (answer.body.items ?? []).filter(
        (entry: { payload: { capability: { id: string } } }) => entry.payload.capability.id === id,
      );
      return mine.length === 3 ? mine : undefined;
    }, 20_000);
    expect(entries.map((entry: { type: string; actor: { role: string } }) => [entry.type, entry.actor.role]).sort()).toEqual(
      types.map((type) => [type, 'platform.operator']).sort(),
    );
    const seeded = await api('GET', '/audit/events?type=catalogue.capability_created.v1&actor=system&limit=100', { token: auditor });
    const prod = seeded.body.items.find((entry: { payload: { capability: { id: string } } }) => entry.payload.capability.id === 'env-prod');
    expect(prod).toMatchObject({ source: 'catalogue', actor: { id: 'system', role: 'system' }, payload: { seeded: true } });
  });
});
