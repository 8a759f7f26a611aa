import {
  openDemoPlanAs,
  DemoAccount,
  openPage,
  signInAs,
  useBrowser,
  useRunningApp,
} from '@oogo/testing-e2e';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

const app = useRunningApp();

// A StatLine-like wide export: 2025 for the three demo gemeenten (new), a changed 2024 figure,
// Weesp (merged into Amsterdam in 2022: rejected) and Amsterdam (not in the plan: skipped).
const FIXTURE = join(__dirname, 'fixtures', 'jeugdhulp-2025.csv');

/** The texts of a table's first body row with this row header, cell by cell. */
async function rowTexts(table: Locator, header: string): Promise<string[]> {
  const row = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
  return row.locator('th, td').allTextContents();
}

/** Focus is on the element, or on the box around it (an Alert puts its role on an inner part). */
async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate(
    (element) =>
      document.activeElement !== document.body && !!document.activeElement?.contains(element),
  );
}

describe('importing staat-van-de-jeugd figures from a file', () => {
  const chromium = useBrowser();
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    ({ page, planUrl } = await openDemoPlanAs(
      chromium.browser,
      app.baseUrl,
      DemoAccount.gemeenteEditor,
    ));
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('is reached from Staat van de jeugd, and checks the file before sending it', async () => {
    await page.goto(`${planUrl}/staat-van-de-jeugd`);
    await page.getByRole('link', { name: 'Cijfers importeren uit een bestand' }).click();
    await page.getByRole('heading', { level: 2, name: 'Cijfers importeren' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Stap 1 van 3: Bestand kiezen' }).waitFor();
    expect(await page.title()).toMatch(/^Cijfers importeren – /);

    const input = page.getByLabel('Kies een bestand (CSV of XLSX)');
    await input.setInputFiles({
      name: 'cijfers.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7'),
    });
    await page
      .getByRole('alert')
      .getByText('Dit soort bestand kunnen we niet lezen. Sla het bestand op als CSV of XLSX')
      .waitFor();
  });

  it('refuses a file with formulas, in Dutch, and keeps the page ready for another file', async () => {
    await page.getByLabel('Kies een bestand (CSV of XLSX)').setInputFiles({
      name: 'formules.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from("Regio's;Perioden;Jongeren met jeugdhulp (%)\nNoorderveen;2025;=1+2\n"),
    });
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page
      .getByRole('alert')
      .getByText('Het bestand bevat formules.', { exact: false })
      .waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Sla het bestand op als waarden');
    await page.getByRole('heading', { level: 3, name: 'Stap 1 van 3: Bestand kiezen' }).waitFor();
  });

  it('uploads a StatLine export and shows the detected columns, the counts and the rejected row', async () => {
    await page.getByLabel('Kies een bestand (CSV of XLSX)').setInputFiles(FIXTURE);
    await page.getByText('Gekozen: jeugdhulp-2025.csv').waitFor();
    await page.getByRole('button', { name: 'Bestand controleren' }).click();

    const step = page.getByRole('heading', { level: 3, name: 'Stap 2 van 3: Controleren' });
    await step.waitFor();
    expect(await isFocused(step)).toBe(true);
    await page.getByText('Er is nog niets opgeslagen.', { exact: false }).waitFor();

    // The file as read: CSV, semicolons, decimal comma.
    await page.getByText('puntkomma (;)').waitFor();
    await page.getByText('komma (12,5)').waitFor();

    // The columns as detected.
    expect(await page.getByLabel("Kolom 1: Regio's").inputValue()).toBe('AREA');
    expect(await page.getByLabel('Kolom 2: Perioden').inputValue()).toBe('PERIOD');
    expect(await page.getByLabel('Kolom 3: Jongeren met jeugdhulp (%)').inputValue()).toBe('VALUE');
    // The column goes to the plan's own indicator.
    const indicator = page.getByLabel('Cijfer in het plan voor “Jongeren met jeugdhulp”');
    expect(await indicator.locator('option:checked').textContent()).toBe(
      'Jongeren met jeugdhulp (%)',
    );

    const counts = page.locator('.oogo-import-counts').first();
    expect(await counts.getByRole('listitem').allTextContents()).toEqual([
      '3 nieuwe cijfers',
      '1 gewijzigd',
      '1 van een gemeente buiten dit plan overgeslagen',
      '1 afgekeurd',
    ]);

    const created = page.getByRole('table', { name: 'Cijfers die erbij komen' });
    expect(await rowTexts(created, '2')).toEqual([
      '2',
      'Jongeren met jeugdhulp',
      'Gemeente Noorderveen (GM1997)',
      '2025',
      '12,4',
    ]);
    const changed = page.getByRole('table', { name: 'Cijfers die veranderen' });
    expect((await rowTexts(changed, '5')).slice(0, 4)).toEqual([
      '5',
      'Jongeren met jeugdhulp',
      'Gemeente Noorderveen (GM1997)',
      '2024',
    ]);
    // Was → wordt: the demo figure, then the file's.
    expect((await rowTexts(changed, '5')).slice(4)).toEqual([
      expect.stringMatching(/^\d+,\d$/),
      '12,9',
    ]);

    const rejected = page.getByRole('table', { name: 'Afgekeurde rijen' });
    const weesp = await rowTexts(rejected, '6');
    expect(weesp.slice(0, 3)).toEqual([
      '6',
      'Deze gemeente bestaat niet meer: samengevoegd of een nieuwe naam.',
      'Weesp',
    ]);
    expect(weesp[3]).toContain('Amsterdam');
  });

  it('imports on confirm, says what it did, and the chart shows the new figure', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    const result = page.getByRole('status').filter({ hasText: 'De cijfers zijn geïmporteerd' });
    await result.waitFor();
    expect(await isFocused(result)).toBe(true);
    expect(await result.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['3 nieuwe cijfers', '1 gewijzigd']),
    );

    await page.getByRole('link', { name: 'Bekijk de cijfers bij Staat van de jeugd' }).click();
    await page.getByRole('heading', { level: 2, name: 'Staat van de jeugd' }).waitFor();
    const card = page.locator('article.oogo-item').filter({
      has: page.getByRole('heading', { level: 4, name: 'Jongeren met jeugdhulp', exact: true }),
    });
    await card.getByText('Toon als tabel').click();
    const table = card.getByRole('table', { name: /Jongeren met jeugdhulp per gemeente/ });
    await table.waitFor();
    const headers = await table.getByRole('columnheader').allTextContents();
    const noorderveen = headers.indexOf('Gemeente Noorderveen');
    expect(noorderveen).toBeGreaterThan(0);
    expect((await rowTexts(table, '2025'))[noorderveen]).toBe('12,4');
    expect((await rowTexts(table, '2024'))[noorderveen]).toBe('12,9');
  });

  it('tells a viewer who opens the page that only editors import', async () => {
    const viewer = await openPage(chromium.browser);
    try {
      await signInAs(viewer, app.baseUrl, DemoAccount.viewer);
      await viewer.goto(`${planUrl}/staat-van-de-jeugd`);
      await viewer.getByRole('heading', { level: 2, name: 'Staat van de jeugd' }).waitFor();
      await viewer.locator('.oogo-chart svg').first().waitFor();
      expect(
        await viewer.getByRole('link', { name: 'Cijfers importeren uit een bestand' }).count(),
      ).toBe(0);
      await viewer.goto(`${planUrl}/staat-van-de-jeugd/cijfers-importeren`);
      await viewer
        .getByRole('alert')
        .getByText('Alleen een bewerker of de coördinator van het plan kan cijfers importeren.', {
          exact: false,
        })
        .waitFor();
      expect(await viewer.getByLabel('Kies een bestand (CSV of XLSX)').count()).toBe(0);
    } finally {
      await viewer.context().close();
    }
  });
});
