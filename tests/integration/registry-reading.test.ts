import { parse } from 'csv-parse/sync';
import { parseAtomFeed } from 'feedsmith';
import { startTestApp, TestApp } from '../support/app';
import { completeRequest, randomBin } from '../support/fixtures';
import { Api, apiClient } from '../support/http-client';
import { Board, board, Decided, decideRequest, publishedRecord } from '../support/registry-flow';

jest.setTimeout(120_000);

const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());

describe('registry: reading the public register', () => {
  let testApp: TestApp;
  let api: Api;
  let commission: Board;
  const agencyBin = randomBin();
  let approval: Decided;
  let refusal: Decided;

  beforeAll(async () => {
    // One record per query, so the exports below leave in several pages.
    testApp = await startTestApp({ REGISTRY_EXPORT_PAGE_SIZE: '1' });
    api = apiClient(testApp.baseUrl);
    commission = await board('read');
    approval = await decideRequest(api, commission, agencyBin, {
      decision: {
        outcome: 'approved_with_conditions',
        conditions: [{ text: '=Аттестация, "СТС"', owner: 'Заявитель', dueDate: '2035-06-30' }],
        reasoning: { kk: 'Платформада құру мүмкін емес.', ru: 'Создание информационной системы на платформе невозможно.' },
      },
    });
    refusal = await decideRequest(api, commission, agencyBin, {
      vote: 'against',
      request: (body: ReturnType<typeof completeRequest>) => ({
        ...body,
        system: { ...body.system, titleKk: 'Төлем шлюзі', titleRu: 'Платёжный шлюз' },
        justification: {
          ...body.justification,
          reasons: [
            {
              category: 'performance_or_scale',
              explanation: 'Нагрузка',
              capabilities: body.justification.reasons[0]!.capabilities,
              evidence: { load: { unit: 'transactions_per_day', peak: 9_000_000, publishedLimit: 2_000_000 } },
            },
          ],
        },
        data: { ...body.data, categories: ['public_personal_data'] },
      }),
      decision: { outcome: 'rejected', validUntil: undefined, reasoning: { kk: 'Бас тарту.', ru: 'Отказ: есть аналог на платформе.' } },
    });
    await publishedRecord(api, approval.decisionNumber);
    await publishedRecord(api, refusal.decisionNumber);
  });

  afterAll(async () => {
    await testApp.close();
  });

  const numbers = async (query: string): Promise<string[]> => {
    const response = await api('GET', `/public/decisions?bin=${agencyBin}&${query}`);
    expect(response.status).toBe(200);
    return response.body.items.map((item: any) => item.record.recordNumber);
  };

  it('filters by applicant, outcome, decision date and categories', async () => {
    expect(await numbers('')).toEqual([refusal.decisionNumber, approval.decisionNumber]);
    expect(await numbers('outcome=rejected')).toEqual([refusal.decisionNumber]);
    expect(await numbers(`from=${today()}&to=${today()}`)).toHaveLength(2);
    expect(await numbers('to=2020-01-01')).toEqual([]);
    expect(await numbers('dataCategory=dsp')).toEqual([approval.decisionNumber]);
    expect(await numbers('reasonCategory=performance_or_scale')).toEqual([refusal.decisionNumber]);
    expect((await api('GET', `/public/decisions?bin=${randomBin()}`)).body.items).toEqual([]);
  });

  it('finds Russian words in any form and Kazakh words by their stem', async () => {
    expect(await numbers(`q=${encodeURIComponent('системы')}`)).toEqual([approval.decisionNumber]);
    expect(await numbers(`q=${encodeURIComponent('платёжного шлюза')}`)).toEqual([refusal.decisionNumber]);
    expect(await numbers(`q=${encodeURIComponent('құпиялары')}`)).toEqual([approval.decisionNumber]);
    expect(await numbers(`q=${encodeURIComponent('төлем')}`)).toEqual([refusal.decisionNumber]);
    expect(await numbers(`q=${encodeURIComponent('100%_')}`)).toEqual([]);
  });

  it('pages by cursor, newest first, without repeats', async () => {
    const first = await api('GET', `/public/decisions?bin=${agencyBin}&limit=1`);
    expect(first.body.items.map((item: any) => item.record.recordNumber)).toEqual([refusal.decisionNumber]);
    const second = await api('GET', `/public/decisions?bin=${agencyBin}&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((item: any) => item.record.recordNumber)).toEqual([approval.decisionNumber]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers 304 to a client that holds the current answer, and lets caches keep it briefly', async () => {
    const path = `/public/decisions?bin=${agencyBin}`;
    const first = await api('GET', path);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    const again = await fetch(`${testApp.baseUrl}${path}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const record = await fetch(`${testApp.baseUrl}/public/decisions/${approval.decisionNumber}`, { headers: { 'if-none-match': etag } });
    expect(record.status).toBe(200);
  });

  it('refuses bad filters with 400, the field and a message in the caller language', async () => {
    const cases: [string, string, string][] = [
      ['bin=940140000386', 'bin', 'INVALID_BIN'],
      ['outcome=maybe', 'outcome', 'NOT_ALLOWED_VALUE'],
      ['from=2026-02-30', 'from', 'INVALID_DATE'],
      ['from=2026-05-01&to=2026-04-01', 'to', 'DATE_ORDER'],
      ['dataCategory=DROP%20TABLE', 'dataCategory', 'INVALID_FORMAT'],
      ['limit=1000', 'limit', 'OUT_OF_RANGE'],
      ['cursor=bm90LWEtY3Vyc29y', 'cursor', 'INVALID_CURSOR'],
      ['q=x', 'q', 'TOO_SHORT'],
      ['colour=red', 'colour', 'UNKNOWN_FIELD'],
    ];
    for (const [query, field, code] of cases) {
      for (const path of ['/public/decisions', '/public/decisions.atom', '/public/decisions.csv']) {
        const response = await api('GET', `${path}?${query}`, { language: 'kk' });
        expect({ path, query, status: response.status, code: response.body.code }).toEqual({
          path,
          query,
          status: 400,
          code: 'VALIDATION_FAILED',
        });
        expect(response.body.details).toEqual([expect.objectContaining({ field, code, message: expect.any(String) })]);
      }
    }
    const missing = await api('GET', '/public/decisions/QTX-D-1999-0001', { language: 'en' });
    expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'DECISION_NOT_FOUND' });
  });

  it('serves a valid Atom feed, newest first', async () => {
    const response = await api('GET', '/public/decisions.atom');
    expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const feed = parseAtomFeed(response.body);
    const ids = (feed.entries ?? []).map((entry) => entry.id);
    expect(ids.slice(0, 2)).toEqual([
      `urn:qaztech-exemptions:register:${refusal.decisionNumber}`,
      `urn:qaztech-exemptions:register:${approval.decisionNumber}`,
    ]);
    // Newest first means the register's order; suites sharing this database publish under
    // clocks of their own, so only this suite's two records say anything about time.
    const published = (feed.entries ?? []).map((entry) => entry.published!);
    expect(published[0]! >= published[1]!).toBe(true);
    expect(feed.updated).toBe(published[0]);
    // No REGISTRY_PUBLIC_URL: links name the address the feed was asked at.
    expect(feed.entries?.[0]?.links?.[0]?.href).toBe(`${testApp.baseUrl}/public/decisions/${refusal.decisionNumber}`);
  });

  it("names its own address in the feed's links, and ignores a forwarded host from a proxy nobody trusts", async () => {
    const forged = await fetch(`${testApp.baseUrl}/public/decisions.atom?bin=${agencyBin}`, {
      headers: { 'x-forwarded-host': 'register.example', 'x-forwarded-proto': 'https' },
    });
    const links = (parseAtomFeed(await forged.text()).entries ?? []).map((entry) => entry.links?.[0]?.href);
    expect(links).toEqual([
      `${testApp.baseUrl}/public/decisions/${refusal.decisionNumber}`,
      `${testApp.baseUrl}/public/decisions/${approval.decisionNumber}`,
    ]);
  });

  it('exports CSV that spreadsheets read as UTF-8 and that parses back to the records', async () => {
    const response = await fetch(`${testApp.baseUrl}/public/decisions.csv?bin=${agencyBin}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.split('\r\n').length).toBeGreaterThan(3);
    const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
    expect(rows.map((row) => row.recordNumber)).toEqual([refusal.decisionNumber, approval.decisionNumber]);
    const record = (await api('GET', `/public/decisions/${approval.decisionNumber}`)).body;
    expect(rows[1]).toMatchObject({
      applicantBin: agencyBin,
      systemTitleKk: record.record.system.titleKk,
      textRu: record.record.texts.ru,
      outcome: 'approved_with_conditions',
      conditions: `'=Аттестация, "СТС" (Заявитель, 2035-06-30)`,
      jws: record.jws,
      kid: record.kid,
    });
  });

  it('streams the whole export page by page under a weak ETag that only a new publication moves', async () => {
    const path = `${testApp.baseUrl}/public/decisions.csv?bin=${agencyBin}`;
    const whole = await fetch(path);
    const etag = whole.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    expect(whole.headers.get('transfer-encoding')).toBe('chunked');
    expect(whole.headers.get('content-disposition')).toBe('attachment; filename="qaztech-register.csv"');
    await whole.arrayBuffer();
    expect((await fetch(path, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const head = await fetch(path, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
    expect(head.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await head.text()).toBe('');

    // One page (`limit`) is an answer like the others: whole, under a strong tag over its bytes.
    const onePage = await fetch(`${path}&limit=1`);
    expect(onePage.headers.get('etag')).toMatch(/^"/);
    const pageRows: Record<string, string>[] = parse(await onePage.text(), { bom: true, columns: true });
    expect(pageRows.map((row) => row.recordNumber)).toEqual([refusal.decisionNumber]);

    const later = await decideRequest(api, commission, agencyBin);
    await publishedRecord(api, later.decisionNumber);
    const changed = await fetch(path, { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const rows: Record<string, string>[] = parse(await changed.text(), { bom: true, columns: true });
    expect(rows.map((row) => row.recordNumber)).toEqual([later.decisionNumber, refusal.decisionNumber, approval.decisionNumber]);
  });
});
