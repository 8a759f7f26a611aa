import { openDemoPlanAs, DemoAccount, useBrowser, useRunningApp } from '@oogo/testing-e2e';
import type { Locator, Page } from 'playwright-core';

const app = useRunningApp();

const MATRIX = 'Welke activiteit helpt bij welk resultaat';
// Statements of the demo region's results (libs/api/planning/src/demo/demo-region.ts).
const MENTAL_HEALTH = /^Kinderen en jongeren voelen zich mentaal gezond/;
const LIGHT_HELP = /^Gezinnen krijgen vroeg en dichtbij lichte hulp/;
const POVERTY = /Kinderen groeien op zonder dat geldzorgen/;

/** One of the five steps of the chain on screen, by its heading. */
function step(page: Page, name: string): Locator {
  return page
    .getByRole('region', { name: /^Keten vanaf/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 5, name, exact: true }) });
}

/** Per activity, the results its row marks: read from the table's cells and headers. */
function contributionsInTable(page: Page): Promise<Record<string, string[]>> {
  return page.getByRole('table', { name: new RegExp(`^${MATRIX}`) }).evaluate((table) => {
    const columns = Array.from(table.querySelectorAll('thead th')).map(
      (th) =>
        th
          .querySelector('a')
          ?.getAttribute('aria-label')
          ?.replace(/^R\d+: /, '') ?? '',
    );
    return Object.fromEntries(
      Array.from(table.querySelectorAll('tbody tr')).map((row) => {
        const cells = Array.from(row.children);
        const name = cells[0]?.querySelector('a')?.textContent ?? '';
        // The cell says "helpt" or "helpt niet" in words (hidden), and ✓ for the eye.
        const results = cells.flatMap((cell, index) =>
          cell.textContent?.trim().endsWith('helpt') ? [columns[index] ?? ''] : [],
        );
        return [name, results];
      }),
    );
  });
}

/** The same, from the list view: each activity's heading and the results listed under it. */
function contributionsInList(page: Page): Promise<Record<string, string[]>> {
  return page
    .getByRole('heading', { level: 4, name: 'Per activiteit: bij welke resultaten helpt het?' })
    .evaluate((heading) => {
      const list = heading.nextElementSibling;
      return Object.fromEntries(
        Array.from(list?.children ?? []).map((item) => [
          item.querySelector('h5')?.textContent ?? '',
          Array.from(item.querySelectorAll('ul li'))
            .map((result) => result.querySelector('a')?.textContent ?? '')
            .filter(Boolean),
        ]),
      );
    });
}

describe('samenhang: a policymaker follows the chain from activity to result and back', () => {
  // One signed-in page for the whole walk: each step starts where the previous one ended.
  const chromium = useBrowser();
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    ({ page, planUrl } = await openDemoPlanAs(
      chromium.browser,
      app.baseUrl,
      DemoAccount.coordinator,
    ));
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('opens from the plan menu: a matrix of activities × results, gaps marked in words', async () => {
    await page
      .getByRole('navigation', { name: 'Onderdelen van het plan' })
      .getByRole('link', { name: 'Samenhang' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Samenhang' }).waitFor();
    expect(page.url()).toBe(`${planUrl}/samenhang`);
    expect(await page.title()).toMatch(/^Samenhang – .+ – OOGO Werkplaats$/);

    const table = page.getByRole('table', { name: MATRIX, exact: true });
    await table.waitFor();
    // The demo plan: 16 activities, 6 results.
    expect(await table.locator('tbody tr').count()).toBe(16);
    expect(await table.getByRole('columnheader', { name: /^R\d+: / }).count()).toBe(6);
    await page.getByText('U ziet 16 van de 16 activiteiten.').waitFor();

    // An activity that serves no result, and a result no activity serves, say so in words.
    const handover = table.getByRole('row', { name: /Warme overdracht van kinderopvang/ });
    await handover.getByText('Activiteit die geen resultaat dient').waitFor();
    expect(await handover.getByRole('cell', { name: 'helpt', exact: true }).count()).toBe(0);
    await table.getByRole('columnheader', { name: POVERTY }).getByText('Knelpunt').waitFor();
    // A contribution is a ✓ for the eye and "helpt" for a screen reader.
    const onSchool = table.getByRole('row', { name: /^Jeugdhulp op school/ });
    expect(await onSchool.getByRole('cell', { name: 'helpt', exact: true }).count()).toBe(2);
    expect(await onSchool.getByRole('cell', { name: 'helpt niet', exact: true }).count()).toBe(4);
  });

  it('from an activity: the results it supports and how they are doing (by keyboard)', async () => {
    const link = page
      .getByRole('table', { name: MATRIX, exact: true })
      .getByRole('link', { name: 'Jeugdhulp op school', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', {
      level: 4,
      name: 'Keten vanaf de activiteit “Jeugdhulp op school”',
    });
    await heading.waitFor();
    expect(page.url()).toMatch(/\/samenhang\?activiteit=[0-9a-f-]{36}$/);
    // Focus moves to the chain, so a keyboard or screen reader user starts reading there.
    expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);

    const results = step(page, 'Maatschappelijk resultaat');
    await results.getByRole('link', { name: MENTAL_HEALTH }).waitFor();
    await results.getByRole('link', { name: LIGHT_HELP }).waitFor();
    // Each with baseline → target, where it is now, and whether it is on track.
    expect(await results.getByText(/^Van .+ in 20\d\d naar .+ in 2028/).count()).toBe(3);
    expect(await results.getByText(/^Nu: .+ \(2024\)/).count()).toBe(3);
    await results.getByText('Niet op koers').first().waitFor();
    await results.getByText(/^Hoe helpt het: Leerlingen krijgen snel hulp/).waitFor();
    // And up the chain: the indicators of those results.
    const indicators = step(page, 'Cijfer (effectindicator)');
    await indicators
      .getByRole('link', { name: 'Jongeren met psychosociale problemen', exact: true })
      .waitFor();
    await indicators.getByRole('link', { name: 'Jongeren met jeugdhulp', exact: true }).waitFor();
    // Every item also leads to its bouwsteen page.
    const toStage = step(page, 'Activiteiten').getByRole('link', {
      name: 'Bekijk in Activiteiten: Jeugdhulp op school',
    });
    expect(await toStage.getAttribute('href')).toMatch(/\/activiteiten#item-[0-9a-f-]{36}$/);
  });

  it('from a result with a gap: which activities miss outcome data, and back again', async () => {
    await step(page, 'Maatschappelijk resultaat')
      .getByRole('link', { name: MENTAL_HEALTH })
      .click();
    await page.getByRole('heading', { level: 4, name: /^Keten vanaf resultaat \d+$/ }).waitFor();
    expect(page.url()).toMatch(/\/samenhang\?resultaat=[0-9a-f-]{36}$/);

    const result = step(page, 'Maatschappelijk resultaat');
    await result.getByText('Streefwaarde niet op koers').waitFor();
    await result
      .getByText('Activiteiten zonder recente outcome: Weerbaarheidstraining Rots en Water')
      .waitFor();

    const outcome = step(page, 'Outcome');
    const missing = outcome
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Weerbaarheidstraining Rots en Water' }) });
    await missing.getByText('Activiteit zonder recente outcome').waitFor();
    const missingTable = missing.getByRole('table');
    expect(await missingTable.getByRole('columnheader').allTextContents()).toEqual([
      'Meting',
      '2023',
    ]);
    const measured = outcome
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Jeugdhulp op school' }) });
    expect(await measured.getByText('Activiteit zonder recente outcome').count()).toBe(0);
    expect(await measured.getByRole('columnheader').allTextContents()).toEqual([
      'Meting',
      '2023',
      '2024',
    ]);
    // Seven activities serve this result, each with its quality checks.
    expect(await step(page, 'Kwaliteit').getByRole('heading', { level: 6 }).count()).toBe(7);

    // Walk down to the activity, then back with the browser.
    await step(page, 'Activiteiten')
      .getByRole('link', { name: 'Weerbaarheidstraining Rots en Water', exact: true })
      .click();
    await page
      .getByRole('heading', {
        level: 4,
        name: 'Keten vanaf de activiteit “Weerbaarheidstraining Rots en Water”',
      })
      .waitFor();
    await step(page, 'Activiteiten').getByText('Activiteit zonder recente outcome').waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 4, name: /^Keten vanaf resultaat \d+$/ }).waitFor();
  });

  it('starts the chain at an indicator with the picker, and closes it', async () => {
    await page
      .getByLabel('Begin bij')
      .selectOption({ label: 'Jongeren met psychosociale problemen' });
    await page.getByRole('button', { name: 'Toon de keten' }).click();
    await page
      .getByRole('heading', {
        level: 4,
        name: 'Keten vanaf het cijfer “Jongeren met psychosociale problemen”',
      })
      .waitFor();
    expect(page.url()).toMatch(/\/samenhang\?indicator=[0-9a-f-]{36}$/);
    await step(page, 'Maatschappelijk resultaat')
      .getByRole('link', { name: MENTAL_HEALTH })
      .waitFor();
    await step(page, 'Activiteiten')
      .getByRole('link', { name: 'Jeugdhulp op school', exact: true })
      .waitFor();

    await page.getByRole('link', { name: 'Sluit de keten' }).click();
    await page.getByRole('region', { name: /^Keten vanaf/ }).waitFor({ state: 'detached' });
    expect(page.url()).toBe(`${planUrl}/samenhang`);
    expect(
      await page.getByLabel('Begin bij').evaluate((element) => element === document.activeElement),
    ).toBe(true);
  });

  it('says so when a link points at an item that is not in the plan', async () => {
    await page.goto(`${planUrl}/samenhang?activiteit=00000000-0000-4000-8000-000000000000`);
    await page
      .getByText('Dit onderdeel staat niet (meer) in het plan. Kies een ander beginpunt.')
      .waitFor();
  });

  it('the organisation filter narrows the matrix, and stays in the link', async () => {
    await page.goto(`${planUrl}/samenhang`);
    const table = page.getByRole('table', { name: new RegExp(`^${MATRIX}`) });
    await table.waitFor();
    await page.getByLabel('Uitvoerder').selectOption({ label: 'GGD Veenmeren (3 activiteiten)' });

    await page.getByText('U ziet 3 van de 16 activiteiten.').waitFor();
    const filtered = page.getByRole('table', {
      name: `${MATRIX} (uitvoerder: GGD Veenmeren)`,
      exact: true,
    });
    expect(await filtered.locator('tbody tr').count()).toBe(3);
    expect(await filtered.locator('tbody th a').allTextContents()).toEqual(
      expect.arrayContaining([
        'Jeugdverpleegkundige op school',
        'Preventieprogramma angst (Vrienden)',
      ]),
    );
    expect(await filtered.getByText('Uitvoerder: GGD Veenmeren', { exact: true }).count()).toBe(3);
    expect(page.url()).toMatch(/\/samenhang\?organisatie=[0-9a-f-]{36}$/);

    // A link with the filter opens filtered.
    await page.reload();
    await filtered.waitFor();
    expect(await filtered.locator('tbody tr').count()).toBe(3);

    // Only the activities with a gap: each row then names its gaps.
    await page.getByLabel('Uitvoerder').selectOption({ label: 'Alle organisaties' });
    await page.getByLabel('Alleen activiteiten met een knelpunt').check();
    await table.getByRole('link', { name: 'Jeugdhulp op school', exact: true }).waitFor({
      state: 'detached',
    });
    const rows = table.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(2);
    expect(count).toBeLessThan(16);
    for (let index = 0; index < count; index++) {
      expect(await rows.nth(index).getByText('Geen knelpunten').count()).toBe(0);
    }
    await table.getByRole('link', { name: 'Weerbaarheidstraining Rots en Water' }).waitFor();
    expect(page.url()).toContain('knelpunten=ja');
    await page.getByLabel('Alleen activiteiten met een knelpunt').uncheck();
    await page.getByText('U ziet 16 van de 16 activiteiten.').waitFor();
  });

  it('the list shows the same as the table, filtered alike', async () => {
    await page.goto(`${planUrl}/samenhang`);
    await page.getByRole('table', { name: MATRIX, exact: true }).waitFor();
    const table = await contributionsInTable(page);
    expect(Object.keys(table)).toHaveLength(16);

    await page.getByRole('button', { name: 'Toon als lijst' }).click();
    await page.getByRole('button', { name: 'Toon als tabel' }).waitFor();
    expect(await page.getByRole('table', { name: new RegExp(`^${MATRIX}`) }).count()).toBe(0);
    expect(page.url()).toContain('weergave=lijst');
    expect(await contributionsInList(page)).toEqual(table);
    // Per result too: the result no activity serves says so.
    const byResult = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 5, name: POVERTY }) });
    await byResult.getByText('Geen activiteit helpt hierbij.').waitFor();
    await byResult.getByText('Resultaat zonder activiteit').waitFor();

    await page.getByLabel('Uitvoerder').selectOption({ label: 'GGD Veenmeren (3 activiteiten)' });
    await page.getByText('U ziet 3 van de 16 activiteiten.').waitFor();
    const list = await contributionsInList(page);
    expect(Object.keys(list)).toHaveLength(3);
    for (const [name, results] of Object.entries(list)) expect(results).toEqual(table[name]);
  });

  it('shows the list on a narrow screen, with the table one click away', async () => {
    const phone = await chromium.browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 375, height: 800 },
      storageState: await page.context().storageState(),
    });
    try {
      const small = await phone.newPage();
      await small.goto(`${planUrl}/samenhang`);
      await small
        .getByRole('heading', { level: 4, name: 'Per activiteit: bij welke resultaten helpt het?' })
        .waitFor();
      expect(await small.getByRole('table').count()).toBe(0);
      await small.getByRole('button', { name: 'Toon als tabel' }).click();
      await small.getByRole('table', { name: MATRIX, exact: true }).waitFor();
    } finally {
      await phone.close();
    }
  });
});
