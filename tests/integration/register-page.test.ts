import { randomUUID } from 'node:crypto';
import { compactVerify, createLocalJWKSet } from 'jose';
import { PAGE_CONTENT_SECURITY_POLICY } from '@qaztech/platform';
import { startTestApp, TestApp } from '../support/app';
import { completeRequest, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { Board, board, Decided, decideRequest, publishedRecord } from '../support/registry-flow';

jest.setTimeout(120_000);

const HOSTILE_TITLE = '<script>alert("register")</script> Реестр';

/** What a reader's browser would show: the text of an element, tags removed, entities decoded. */
const textOf = (markup: string): string =>
  markup
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const jwsOf = (page: string): string => /<pre class="jws"[^>]*><code>([\w.-]+)<\/code><\/pre>/.exec(page)?.[1] ?? '';

describe('register pages', () => {
  let testApp: TestApp;
  let api: Api;
  let commission: Board;
  const agencyBin = randomBin();
  let approval: Decided;
  let refusal: Decided;

  beforeAll(async () => {
    testApp = await startTestApp();
    api = apiClient(testApp.baseUrl);
    commission = await board('page');
    approval = await decideRequest(api, commission, agencyBin, {
      request: (body: ReturnType<typeof completeRequest>) => ({ ...body, system: { ...body.system, titleRu: HOSTILE_TITLE } }),
      decision: {
        outcome: 'approved_with_conditions',
        conditions: [{ text: 'Аттестация <b>СТС</b>', owner: 'Заявитель', dueDate: '2035-06-30' }],
        reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание на платформе невозможно.' },
      },
    });
    refusal = await decideRequest(api, commission, agencyBin, {
      vote: 'against',
      decision: { outcome: 'rejected', validUntil: undefined, reasoning: { kk: 'Бас тарту.', ru: 'Отказ.', en: 'Refused.' } },
    });
    await publishedRecord(api, approval.decisionNumber);
    await publishedRecord(api, refusal.decisionNumber);
  });

  afterAll(async () => {
    await testApp.close();
  });

  it.each([
    ['kk', 'kk-KZ,kk;q=0.9', '', 'Жарияланған шешімдер', 'Шарттармен мақұлданды'],
    ['ru', 'ru-RU', '', 'Опубликованные решения', 'Одобрено с условиями'],
    ['en', 'en-GB', '', 'Published decisions', 'Approved with conditions'],
    ['kk', 'en', '&lang=kk', 'Жарияланған шешімдер', 'Шарттармен мақұлданды'],
  ])('lists the issued decisions in %s (Accept-Language %s, %s)', async (language, acceptLanguage, query, heading, outcome) => {
    const response = await api('GET', `/register?bin=${agencyBin}${query}`, { language: acceptLanguage });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-language')).toBe(language);
    expect(response.headers.get('content-security-policy')).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(response.headers.get('ratelimit-policy')).toMatch(/;w=\d+$/);
    const page: string = response.body;
    expect(page).toContain(`<html lang="${language}">`);
    expect(page).toContain(`<h1>${heading}</h1>`);
    const rows = [...page.matchAll(/<th scope="row"><a href="([^"]+)">([^<]+)<\/a><\/th>/g)];
    expect(rows.map((row) => row[2])).toEqual([refusal.decisionNumber, approval.decisionNumber]);
    expect(textOf(page)).toContain(outcome);
    expect(page).not.toContain('<script');
  });

  it('filters with the same parameters as the JSON register', async () => {
    const page = (await api('GET', `/register?bin=${agencyBin}&outcome=rejected&q=&from=&to=&dataCategory=&reasonCategory=`)).body;
    expect([...page.matchAll(/<th scope="row"><a [^>]+>([^<]+)</g)].map((row: RegExpMatchArray) => row[1])).toEqual([
      refusal.decisionNumber,
    ]);
    expect(page).toMatch(/<option value="rejected"\s+selected>/);
    const paged = (await api('GET', `/register?bin=${agencyBin}`)).body as string;
    expect(paged).not.toContain('rel="next"');
    const none = (await api('GET', `/register?bin=${randomBin()}`, { language: 'kk' })).body;
    expect(none).toContain('Сүзгілерге сәйкес шешімдер жоқ.');
  });

  it.each([
    ['kk', 'Шарттармен мақұлданды', 'Мемлекеттік құпияларды есепке алу жүйесі', 'Платформада құру мүмкін емес.'],
    ['ru', 'Одобрено с условиями', HOSTILE_TITLE, 'Создание на платформе невозможно.'],
    ['en', 'Approved with conditions', HOSTILE_TITLE, 'Создание на платформе невозможно.'],
  ])('shows a decision in %s, escaped, with a signature that verifies against the JWKS', async (language, outcome, title, text) => {
    const response = await api('GET', `/register/${approval.decisionNumber}?lang=${language}`);
    expect(response.status).toBe(200);
    const page: string = response.body;
    expect(page).toContain(`<html lang="${language}">`);
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<b>СТС</b>');
    const shown = textOf(page);
    for (const fact of [outcome, title, text, approval.decisionNumber, agencyBin, 'Аттестация <b>СТС</b>', '2035-06-30', '2040-12-31']) {
      expect(shown).toContain(fact);
    }
    const json = (await api('GET', `/public/decisions/${approval.decisionNumber}`)).body;
    expect(shown).toContain(json.record.meeting.protocolNumber);
    expect(jwsOf(page)).toBe(json.jws);
    const jwks = (await api('GET', '/public/jwks.json')).body;
    const { payload } = await compactVerify(jwsOf(page), createLocalJWKSet(jwks));
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(json.record);
    expect(page).toContain(`href="/public/decisions/${approval.decisionNumber}"`);
    expect(page).toContain('href="/public/jwks.json"');
  });

  it('links a revocation and the decision it corrects both ways', async () => {
    const revoked = await api('POST', `/review/decisions/${approval.decisionId}/revoke`, {
      token: commission.chair,
      body: { reasons: 'Решение отозвано' },
    });
    expect(revoked.status).toBe(200);
    const correction = `${approval.decisionNumber}.2`;
    await publishedRecord(api, correction);
    const later = (await api('GET', `/register/${correction}?lang=en`)).body as string;
    expect(textOf(later)).toContain('Revocation');
    expect(later).toContain(`href="/register/${approval.decisionNumber}?lang=en"`);
    // It leads with the revocation and its reasons, and shows the decision as no longer in force.
    const shown = textOf(later).replace(/\s+/g, ' ');
    expect(shown).toContain('Reasons for the revocation Решение отозвано');
    expect(shown.indexOf('Revocation')).toBeLessThan(shown.indexOf('The decision it ends'));
    expect(shown).toContain('Exemption Revoked: no longer in force');
    expect(shown).not.toContain('Valid until');
    const russian = textOf((await api('GET', `/register/${correction}?lang=ru`)).body).replace(/\s+/g, ' ');
    expect(russian).toContain('Основания отмены Решение отозвано');
    expect(russian).not.toMatch(/Действует до|Действие решения Действует/);
    const earlier = (await api('GET', `/register/${approval.decisionNumber}`, { language: 'kk' })).body as string;
    expect(earlier).toMatch(new RegExp(`<p class="notice" role="note">[^<]*<a href="/register/${correction}">`));
    expect(textOf(earlier)).toContain('Бұл шешімнің күші жойылды, ол енді күшінде емес.');
    expect(textOf(earlier).replace(/\s+/g, ' ')).toContain('Шешімнің қолданылуы Күші жойылды: енді күшінде емес');
  });

  it('shows bad filters beside their fields in the reader language, and searches nothing', async () => {
    const response = await api('GET', '/register?bin=940140000386&from=2026-05-01&to=2026-04-01', { language: 'kk' });
    expect(response.status).toBe(400);
    const page: string = response.body;
    expect(page).toContain('<html lang="kk">');
    expect(page).toMatch(/<p class="field-error" id="f-bin-error">БСН қате[^<]*<\/p>\s*<input[^>]+id="f-bin"[^>]+value="940140000386"/);
    expect(page).toMatch(/<p class="field-error" id="f-to-error">[^<]*2026-05-01[^<]*<\/p>/);
    expect(page).not.toContain('<th scope="row">');
    const stale = await api('GET', '/register?cursor=bm90LWEtY3Vyc29y', { language: 'en' });
    expect(stale.status).toBe(400);
    expect(textOf(stale.body)).toContain('Invalid page cursor.');
    const control = await api('GET', '/register?q=ab%00cd');
    expect(control.status).toBe(400);
    expect(control.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('answers an unknown number with a 404 page in the reader language', async () => {
    for (const [language, heading] of [
      ['kk', 'Шешім табылмады'],
      ['ru', 'Решение не найдено'],
      ['en', 'Decision not found'],
    ]) {
      const response = await api('GET', `/register/QTX-D-1999-0001?lang=${language}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.body).toContain(`<h1>${heading}</h1>`);
    }
    const long = await api('GET', `/register/${'X'.repeat(60)}`);
    expect(long.status).toBe(404);
  });

  it('serves its one stylesheet from the same origin', async () => {
    const response = await api('GET', '/register/assets/register.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(response.body).toContain(':focus-visible');
  });
});

describe('register pages under the public rate limit', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ QUEUE_PREFIX: `page-rl-${randomUUID().slice(0, 8)}`, RATE_LIMIT_PUBLIC: '2' });
  });

  afterAll(async () => {
    await testApp.close();
  });

  it('refuses past the limit with a 429 page in the reader language and Retry-After', async () => {
    const api = apiClient(testApp.baseUrl);
    expect((await api('GET', '/register')).status).toBe(200);
    expect((await api('GET', '/register/QTX-D-1999-0001')).status).toBe(404);
    const refused = await api('GET', '/register?lang=kk');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toContain('<h1>Сұраулар тым көп</h1>');
  });
});
