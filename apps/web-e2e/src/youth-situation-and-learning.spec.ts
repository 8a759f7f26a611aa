import { openDemoPlanAs, DemoAccount, launchChromium, useRunningApp } from '@oogo/testing-e2e';
import type { Browser, Locator, Page } from 'playwright-core';

const app = useRunningApp();

/** The card of an item, found by its heading. */
function card(page: Page, heading: string): Locator {
  return page
    .locator('article.oogo-item')
    .filter({ has: page.getByRole('heading', { level: 4, name: heading, exact: true }) });
}

/** The Dutch message a screen reader hears with a field (its aria-describedby). */
async function messageOf(field: Locator): Promise<string> {
  expect(await field.getAttribute('aria-invalid')).toBe('true');
  const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
  const texts = await Promise.all(
    ids.map((id) => field.page().locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

describe('bouwsteen 1 (staat van de jeugd) and 6 (leren en verbeteren)', () => {
  let browser: Browser;
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    ({ page, planUrl } = await openDemoPlanAs(browser, app.baseUrl, DemoAccount.gemeenteEditor));
  });

  afterAll(async () => {
    await page?.context().close();
    await browser?.close();
  });

  it('shows an indicator per gemeente as a chart, with a summary, a legend and a table', async () => {
    await page.goto(`${planUrl}/staat-van-de-jeugd`);
    await page.getByRole('heading', { level: 2, name: 'Staat van de jeugd' }).waitFor();
    const indicator = card(page, 'Jongeren met jeugdhulp');
    const chart = indicator.getByRole('img', { name: /Per gemeente door de jaren heen/ });
    await chart.waitFor();
    // The summary says what the figures did, in words; the target line is named too.
    expect(await chart.getAttribute('aria-labelledby')).toBeTruthy();
    const caption = await indicator.locator('figcaption').textContent();
    expect(caption).toMatch(
      /Van 2020 tot 2024: Gemeente Noorderveen van [\d,]+ naar [\d,]+ % \(beter\)/,
    );
    expect(caption).toMatch(/Streefwaarde: [\d,]+ % in \d{4}\./);
    const legend = indicator.getByRole('list', { name: 'Legenda' });
    expect(await legend.getByRole('listitem').allTextContents()).toEqual(
      expect.arrayContaining(['Gemeente Noorderveen', 'Gemeente Haverdijk', 'Nederland']),
    );
    expect(await chart.locator('.oogo-chart__target-line').count()).toBeGreaterThan(0);

    const table = indicator.getByRole('table', { name: /Jongeren met jeugdhulp per gemeente/ });
    expect(await table.isVisible()).toBe(false);
    await indicator.getByText('Toon als tabel').click();
    await table.waitFor();
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Periode',
      'Gemeente Noorderveen',
      'Gemeente Haverdijk',
      'Gemeente Lindewolde',
      'Nederland',
    ]);
    expect(await table.getByRole('rowheader').allTextContents()).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ]);
  });

  it('edits an indicator and shows it saved, also after a reload', async () => {
    const indicator = card(page, 'Jongeren met jeugdhulp');
    await indicator.getByRole('button', { name: 'Bewerken: Jongeren met jeugdhulp' }).click();
    const form = page.getByRole('form', { name: 'Cijfer bewerken: Jongeren met jeugdhulp' });
    await form.getByLabel('Bron').fill('CBS StatLine 84134NED (2025)');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await indicator.getByRole('status').getByText('Opgeslagen.', { exact: true }).waitFor();
    await indicator.getByText('CBS StatLine 84134NED (2025)').waitFor();

    await page.reload();
    await card(page, 'Jongeren met jeugdhulp').getByText('CBS StatLine 84134NED (2025)').waitFor();
  });

  it('checks a measurement in Dutch before sending it, and shows the server’s rule at the fields', async () => {
    const indicator = card(page, 'Jongeren met jeugdhulp');
    await indicator.getByText('Metingen (20)').click();
    await indicator
      .getByRole('button', { name: 'Meting toevoegen: Jongeren met jeugdhulp' })
      .click();
    const form = page.getByRole('form', { name: 'Meting toevoegen: Jongeren met jeugdhulp' });
    // Focus went to the first field.
    expect(
      await form.getByLabel('Gebied').evaluate((field) => field === document.activeElement),
    ).toBe(true);

    await form.getByLabel('Periode').fill('2025Q1');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    expect(await messageOf(form.getByLabel('Gebied'))).toContain('Maak een keuze.');
    expect(await messageOf(form.getByLabel('Periode'))).toContain(
      'Vul een jaar (2024), kwartaal (2024KW01) of maand (2024MM03) in',
    );
    expect(await messageOf(form.getByLabel('Waarde'))).toContain('Vul dit veld in.');

    // 2024 already has a figure for Haverdijk: only the server knows, and says so at both fields.
    await form.getByLabel('Gebied').selectOption('GM1998');
    await form.getByLabel('Periode').fill('2024');
    await form.getByLabel('Waarde').fill('10,4');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    const rule = 'Deze combinatie bestaat al: Gebied en Periode. Verander er één.';
    await form.getByText(rule).first().waitFor();
    expect(await messageOf(form.getByLabel('Gebied'))).toContain(rule);
    expect(await messageOf(form.getByLabel('Periode'))).toContain(rule);
  });

  it('adds a measurement, shows it in the chart’s table, and deletes it again', async () => {
    const indicator = card(page, 'Jongeren met jeugdhulp');
    const form = page.getByRole('form', { name: 'Meting toevoegen: Jongeren met jeugdhulp' });
    await form.getByLabel('Periode').fill('2025');
    await form.getByRole('button', { name: 'Opslaan' }).click();

    const added = indicator.locator('article.oogo-item', {
      hasText: 'Gemeente Haverdijk, 2025: 10,4 %',
    });
    await added.waitFor();
    await indicator.getByText('Metingen (21)').waitFor();
    const table = indicator.getByRole('table', { name: /Jongeren met jeugdhulp per gemeente/ });
    await indicator.getByText('Toon als tabel').click();
    await table.getByRole('rowheader', { name: '2025' }).waitFor();

    await added
      .getByRole('button', {
        name: 'Verwijderen: Jongeren met jeugdhulp: Gemeente Haverdijk, 2025',
      })
      .click();
    await added.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await indicator.getByText('Metingen (20)').waitFor();
    expect(await added.count()).toBe(0);
    expect(await table.getByRole('rowheader', { name: '2025' }).count()).toBe(0);
  });

  it('links a signal to an analysis with the checkboxes of the item form', async () => {
    const analysis = card(page, 'Armoede en de vraag naar jeugdhulp');
    await analysis
      .getByRole('button', { name: 'Bewerken: Armoede en de vraag naar jeugdhulp' })
      .click();
    const form = page.getByRole('form', {
      name: 'Analyse bewerken: Armoede en de vraag naar jeugdhulp',
    });
    const signals = form.getByRole('group', { name: /Signalen in deze analyse/ });
    expect(
      await signals.getByLabel('Gezinnen met geldzorgen vragen laat om hulp').isChecked(),
    ).toBe(true);
    await signals.getByLabel('Ouders weten niet waar ze terechtkunnen bij verzuim').check();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await analysis.getByRole('status').getByText('Opgeslagen.', { exact: true }).waitFor();
    await analysis
      .getByRole('link', { name: 'Ouders weten niet waar ze terechtkunnen bij verzuim' })
      .waitFor();
  });

  it('lets a party answer one of the four questions of a review, and shows who has answered', async () => {
    await page.goto(`${planUrl}/leren-en-verbeteren`);
    await page.getByRole('heading', { level: 2, name: 'Leren en verbeteren' }).waitFor();
    const review = card(page, 'Leer- en verbetersessie voorjaar 2025');
    await review.waitFor();
    await review
      .getByText('2 van de 5 gemeenten en schoolbesturen hebben alle vier de vragen beantwoord.')
      .waitFor();
    const table = review.getByRole('table', { name: /Wie heeft welke vraag beantwoord/ });
    const haverdijk = table.getByRole('row', { name: /Gemeente Haverdijk/ });
    expect(await haverdijk.getByRole('cell').allTextContents()).toEqual([
      'Nog niet',
      'Nog niet',
      'Nog niet',
      'Nog niet',
    ]);

    await review.getByText('Gemeente Haverdijk: nog geen antwoord').click();
    await review
      .getByRole('button', { name: 'Beantwoorden: Gemeente Haverdijk, Herkennen wij het beeld?' })
      .click();
    const form = page.getByRole('form', {
      name: 'Beantwoorden: Gemeente Haverdijk, Herkennen wij het beeld?',
    });
    await form.getByLabel('Herkennen wij het beeld?').fill('Ja, dit zien wij ook in de wijk.');
    await form.getByRole('button', { name: 'Opslaan' }).click();

    await review.getByText('Ja, dit zien wij ook in de wijk.').waitFor();
    await review.getByText('Gemeente Haverdijk: 1 van de 4 beantwoord').waitFor();
    expect(await haverdijk.getByRole('cell').allTextContents()).toEqual([
      'Ja',
      'Nog niet',
      'Nog niet',
      'Nog niet',
    ]);
  });

  it('changes the status of a verbeteractie', async () => {
    const action = card(page, 'Aanpak voor kinderen in armoede uitwerken');
    expect(await action.getByText('Gepland', { exact: true }).count()).toBe(1);
    await action
      .getByRole('button', { name: 'Bewerken: Aanpak voor kinderen in armoede uitwerken' })
      .click();
    const form = page.getByRole('form', {
      name: 'Verbeteractie bewerken: Aanpak voor kinderen in armoede uitwerken',
    });
    await form.getByLabel('Stand').selectOption({ label: 'Bezig' });
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await action.getByRole('status').getByText('Opgeslagen.', { exact: true }).waitFor();
    await action.getByText('Bezig', { exact: true }).waitFor();
  });
});
