import { join } from 'node:path';
import { Page } from 'playwright-core';
import { startTestApp, TestApp } from '../support/app';
import { accessibilityViolations, Browser, openBrowser } from '../support/browser';
import { completeRequest, randomBin } from '../support/fixtures';
import { apiClient } from '../support/http-client';
import { board, Decided, decideRequest, publishedRecord } from '../support/registry-flow';

jest.setTimeout(180_000);

const ARTIFACTS = join(__dirname, '..', 'artifacts');

/**
 * Problems a reader would meet: a resource that failed (the page itself may be a deliberate
 * 400 or 404), a blocked policy, a script error.
 */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document')
      problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('requestfailed', (request) => problems.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
  return problems;
}

async function expectAccessible(page: Page): Promise<void> {
  const serious = (await accessibilityViolations(page)).filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''));
  expect(serious).toEqual([]);
}

describe('the register in a browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  const agencyBin = randomBin();
  let decided: Decided;

  beforeAll(async () => {
    testApp = await startTestApp();
    const api = apiClient(testApp.baseUrl);
    decided = await decideRequest(api, await board('browser'), agencyBin, {
      request: (body: ReturnType<typeof completeRequest>) => ({
        ...body,
        system: { ...body.system, titleKk: 'Шамшырақтар тізілімі', titleRu: 'Реестр маяков', titleEn: 'Lighthouse register' },
      }),
      decision: {
        outcome: 'approved_with_conditions',
        conditions: [{ text: 'Пройти аттестацию', owner: 'Заявитель', dueDate: '2035-06-30' }],
        reasoning: {
          kk: 'Платформада құру мүмкін емес.',
          ru: 'Создание на платформе невозможно.',
          en: 'It cannot be built on the platform.',
        },
      },
    });
    await publishedRecord(api, decided.decisionNumber);
    browser = await openBrowser('ru-RU');
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('searches, opens a decision and switches language, as a reader does', async () => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page);

    await page.goto(`${testApp.baseUrl}/register`);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Опубликованные решения');
    // The stylesheet loaded despite the strict policy: the header has its colour.
    expect(await page.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")).toBe('rgb(11, 58, 102)');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Перейти к основному содержанию');
    await expectAccessible(page);

    await page.getByLabel('БИН заявителя').fill('940140000386');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(/bin=940140000386/);
    await expect(page.locator('#f-bin-error').textContent()).resolves.toContain('Неверный БИН');
    expect(await page.getByLabel('БИН заявителя').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await page.getByLabel('Слова в названии или тексте').fill('маяков');
    await page.getByLabel('БИН заявителя').fill(agencyBin);
    await page.getByLabel('Итог').selectOption('approved_with_conditions');
    await page.getByRole('button', { name: 'Найти' }).click();
    await page.waitForURL(new RegExp(`bin=${agencyBin}`));
    const rows = page.locator('table.results tbody tr');
    expect(await rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('Реестр маяков');
    await page.screenshot({ path: join(ARTIFACTS, 'register-search.png'), fullPage: true });

    await page.getByRole('link', { name: decided.decisionNumber }).click();
    await page.waitForURL(new RegExp(`/register/${decided.decisionNumber}$`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Реестр маяков');
    await expect(page.getByRole('heading', { name: 'Как проверить это решение' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('pre.jws').textContent()).resolves.toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await expect(page.getByText('Одобрено с условиями').first().isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Қазақша' }).click();
    await page.waitForURL(/lang=kk/);
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Шамшырақтар тізілімі');
    await expect(page.getByRole('heading', { name: 'Бұл шешімді қалай тексеруге болады' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.decision-text').textContent()).resolves.toContain('Платформада құру мүмкін емес.');
    await expectAccessible(page);
    await page.screenshot({ path: join(ARTIFACTS, 'register-decision-kk.png'), fullPage: true });

    // The choice sticks: the way back to the list stays in Kazakh.
    await page.getByRole('link', { name: 'Тізілімге оралу' }).click();
    await page.waitForURL(/\/register\?lang=kk$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Жарияланған шешімдер');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Published decisions');
    expect(problems).toEqual([]);
  });

  it('shows an unknown number as a page in the reader language', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(`${testApp.baseUrl}/register/QTX-D-1999-0001`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Решение не найдено');
    await expectAccessible(page);
  });
});
