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

  // The pages of bouwsteen 3–5 list every activity of the plan: two full scans take longer.
  const LONG_PAGE_MS = 150_000;

  it(
    'activiteiten (bouwsteen 3), and a checklist point in edit mode',
    async () => {
      await page.goto(`${planUrl}/activiteiten`);
      await page.getByRole('heading', { level: 2, name: 'Activiteiten' }).waitFor();
      await page.getByText('Twijfel over de effectiviteit.').waitFor();
      expect(await violationsOf(page)).toEqual([]);
      await page
        .getByRole('button', { name: 'Bewerken: Doelen bij Mindfulnesstraining in de klas' })
        .click();
      await page.getByRole('radiogroup', { name: 'Is dit helder?' }).waitFor();
      expect(await violationsOf(page)).toEqual([]);
    },
    LONG_PAGE_MS,
  );

  it(
    'kwaliteit (bouwsteen 4), and a quality check in edit mode',
    async () => {
      await page.goto(`${planUrl}/kwaliteit`);
      await page.getByRole('table').waitFor();
      expect(await violationsOf(page)).toEqual([]);
      await page
        .getByRole('button', { name: /^Bewerken: Meldcode/ })
        .first()
        .click();
      await page.getByRole('radiogroup', { name: 'Vanuit wiens kijk?' }).waitFor();
      expect(await violationsOf(page)).toEqual([]);
    },
    LONG_PAGE_MS,
  );

  it(
    'outcome (bouwsteen 5), and a measurement in edit mode',
    async () => {
      await page.goto(`${planUrl}/outcome`);
      await page.getByText('heeft nog geen outcome over 2024', { exact: false }).waitFor();
      expect(await violationsOf(page)).toEqual([]);
      await page
        .getByRole('button', { name: /^Bewerken: outcome 2024/ })
        .first()
        .click();
      await page.getByLabel('Periode').waitFor();
      expect(await violationsOf(page)).toEqual([]);
    },
    LONG_PAGE_MS,
  );

  it('a page that does not exist', async () => {
    await page.goto(`${app.baseUrl}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
    expect(planUrl).toContain('/plannen/');
  });
});
