import { DemoAccount, signInAs, useFreshPage, useRunningApp } from '@oogo/testing-e2e';
import type { Page } from 'playwright-core';

const app = useRunningApp();

describe('the page shell', () => {
  const fresh = useFreshPage();
  let page: Page;

  beforeEach(() => {
    page = fresh.page;
  });

  it('opens in Dutch at the login page, with landmarks and a working connection', async () => {
    await page.goto(app.baseUrl);

    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(page.url()).toBe(`${app.baseUrl}/inloggen?terug=%2F`);
    expect(await page.title()).toBe('Inloggen – OOGO Werkplaats');
    await page
      .getByRole('status')
      .getByText('Verbonden met de server. De database werkt.')
      .waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
  });

  it('brings a deep link back after login, and says so when a page does not exist', async () => {
    const response = await page.goto(`${app.baseUrl}/bestaat-niet`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();

    await page.goto(`${app.baseUrl}/plannen/onbekend`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(DemoAccount.viewer);
    await page.getByLabel('Wachtwoord').fill('oogo-demo-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(`${app.baseUrl}/plannen/onbekend`);
    await page
      .getByRole('alert')
      .getByText('Dit plan bestaat niet, of u doet er niet aan mee.')
      .waitFor();
  });

  it('shows a wrong password next to the form, in Dutch, and keeps what was typed', async () => {
    await page.goto(`${app.baseUrl}/inloggen`);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('E-mailadres').fill(DemoAccount.viewer);
    await page.getByLabel('Wachtwoord').fill('niet-het-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page
      .getByRole('alert')
      .getByText('Het e-mailadres of het wachtwoord klopt niet.')
      .waitFor();
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe(DemoAccount.viewer);
  });

  it('lets keyboard users skip to the content', async () => {
    await page.goto(`${app.baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');

    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('signs out: the plans are gone and the login page is back', async () => {
    await signInAs(page, app.baseUrl, DemoAccount.viewer);
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  });

  it('says so, and offers a retry, when the api cannot be reached', async () => {
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.goto(`${app.baseUrl}/inloggen`);

    await page.getByText('Er is geen verbinding met de server.').first().waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).first().click();
    await page.getByText('Verbonden met de server.').waitFor();
  });
});
