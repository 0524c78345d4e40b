import { startTestApp, TestApp } from '../support/app';
import { Browser, openBrowser } from '../support/browser';

jest.setTimeout(120_000);

/** The viewer at /docs, as a reader uses it: pick a context, read its operations. */
describe('the API viewer in a browser', () => {
  let testApp: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    testApp = await startTestApp();
    browser = await openBrowser('en-US');
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('offers every context and shows the operations of the one picked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${testApp.baseUrl}/docs`);
    const selector = page.locator('.topbar select');
    await selector.waitFor();
    expect(await selector.locator('option').allTextContents()).toEqual(['intake', 'review', 'registry', 'audit', 'catalogue']);
    await page.getByText('/requests/{id}/submit').first().waitFor();
    await selector.selectOption({ label: 'review' });
    await page.getByText('/review/decisions/{id}/revoke').first().waitFor();
    expect(await page.getByText('/requests/{id}/submit').count()).toBe(0);
  });
});
