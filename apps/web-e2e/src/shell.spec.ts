import { launchChromium, openPage, useRunningApp } from '@oogo/testing-e2e';
import type { Browser, Page } from 'playwright-core';

const app = useRunningApp();

describe('the page shell', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    page = await openPage(browser);
  });

  afterEach(async () => {
    await page?.context().close();
  });

  it('opens in Dutch and shows it is connected to the api and database', async () => {
    await page.goto(app.baseUrl);

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await page.title()).toBe('OOGO Werkplaats');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij de OOGO Werkplaats' }).waitFor();
    const status = page.getByRole('status');
    await status.getByText('Verbonden met de server.').waitFor();
    await status.getByText('De database werkt.').waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
  });

  it('serves the same shell for a deep link (client-side routes)', async () => {
    const response = await page.goto(`${app.baseUrl}/plannen/onbekend`);

    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('lets keyboard users skip to the content', async () => {
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');

    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('says so, and offers a retry, when the api cannot be reached', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(app.baseUrl);

    await page.getByText('Er is geen verbinding met de server.').waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByText('Verbonden met de server.').waitFor();
  });
});
