import AxeBuilder from '@axe-core/playwright';
import {
  DemoAccount,
  launchChromium,
  openDemoPlan,
  openPage,
  signInAs,
  useRunningApp,
} from '@oogo/testing-e2e';
import type { Browser, Page } from 'playwright-core';

const app = useRunningApp();

async function violationsOf(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  return results.violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map((node) => node.target),
  }));
}

describe('accessibility: an axe scan (WCAG 2.2 AA and best practices) of every page', () => {
  let browser: Browser;
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await openPage(browser);
  });

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
  });

  it('login', async () => {
    await page.goto(`${app.baseUrl}/inloggen`);
    await page.getByText('Verbonden met de server.').waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('login with the errors of an empty form', async () => {
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('accept an invitation (signed out)', async () => {
    await page.goto(`${app.baseUrl}/uitnodiging/${'x'.repeat(32)}`);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging aannemen' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('my plans', async () => {
    await signInAs(page, app.baseUrl, DemoAccount.coordinator);
    expect(await violationsOf(page)).toEqual([]);
  });

  it('the kompas of a plan', async () => {
    planUrl = await openDemoPlan(page);
    await page.getByRole('heading', { name: 'Waar de keten breekt' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('a bouwsteen page (maatschappelijke resultaten), and an item in edit mode', async () => {
    await page.goto(`${planUrl}/maatschappelijke-resultaten`);
    await page.getByRole('heading', { level: 2, name: 'Maatschappelijke resultaten' }).waitFor();
    await page.locator('.oogo-item').first().waitFor();
    expect(await violationsOf(page)).toEqual([]);
    await page
      .getByRole('button', { name: /^Bewerken: / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('bouwsteen 1 (staat van de jeugd), with a chart as a table, measurements and answers open', async () => {
    await page.goto(`${planUrl}/staat-van-de-jeugd`);
    await page.getByRole('heading', { level: 2, name: 'Staat van de jeugd' }).waitFor();
    await page.locator('.oogo-chart svg').first().waitFor();
    await page.getByText('Toon als tabel').first().click();
    await page
      .getByText(/^Metingen \(\d+\)$/)
      .first()
      .click();
    await page
      .getByText(/^Gemeente Noorderveen: /)
      .first()
      .click();
    expect(await violationsOf(page)).toEqual([]);
  });

  // One scan per test: a long bouwsteen page takes a while to scan on a busy machine.
  it('bouwsteen 1: an analysis in edit mode, with checkboxes for its figures and signals', async () => {
    await page.getByRole('button', { name: 'Bewerken: Mentaal welbevinden van jongeren' }).click();
    await page.getByRole('group', { name: /Cijfers in deze analyse/ }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('bouwsteen 6 (leren en verbeteren), with a party’s answers open', async () => {
    await page.goto(`${planUrl}/leren-en-verbeteren`);
    await page.getByRole('heading', { level: 2, name: 'Leren en verbeteren' }).waitFor();
    await page.locator('.oogo-item').first().waitFor();
    await page
      .getByText(/^Gemeente Haverdijk: /)
      .first()
      .click();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('bouwsteen 6: a verbeteractie in edit mode', async () => {
    await page.getByRole('button', { name: /^Bewerken: Aanpak voor kinderen/ }).click();
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('a page that does not exist', async () => {
    await page.goto(`${app.baseUrl}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
    expect(planUrl).toContain('/plannen/');
  });
});
