import { openDemoPlanAs, DemoAccount, launchChromium, useRunningApp } from '@oogo/testing-e2e';
import type { Browser, Page } from 'playwright-core';

const app = useRunningApp();

/** One activity's card on the activities page (the outer card, with its own h3). */
function activityCard(page: Page, name: string) {
  return page
    .locator('ol.oogo-items > li')
    .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
}

/** One activity's section on the quality or outcome page. */
function activitySection(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

describe('bouwsteen 3–5: activiteiten, kwaliteit en outcome', () => {
  let browser: Browser;
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('as an editor (Gemeente Haverdijk)', () => {
    beforeAll(async () => {
      ({ page, planUrl } = await openDemoPlanAs(browser, app.baseUrl, DemoAccount.gemeenteEditor));
    });

    afterAll(async () => {
      await page?.context().close();
    });

    it('shows each activity with its kind, doelgroep, uitvoerder, results, criteria and checklist', async () => {
      await page.goto(`${planUrl}/activiteiten`);
      await page.getByRole('heading', { level: 2, name: 'Activiteiten' }).waitFor();
      const card = activityCard(page, 'Jeugdhulp op school');
      await card.waitFor();
      await card.getByText('Curatief (hulp en zorg)').waitFor();
      await card.getByText('Jeugdhulp De Linde').first().waitFor();
      await card
        .getByText('Leerlingen krijgen snel hulp op een plek die ze kennen', { exact: false })
        .waitFor();
      // Collapsed, the criteria and the checklist still say how they stand.
      await card.getByText('De zeven criteria voor effectiviteit').waitFor();
      await card.getByText('Helder: 7').waitFor();
      expect(await card.getByText('Twijfel over de effectiviteit.').count()).toBe(0);
    });

    it('warns, in words, about doubtful effectiveness where 3 or more checklist points are unclear', async () => {
      const card = activityCard(page, 'Mindfulnesstraining in de klas');
      const warning = card.getByText('Twijfel over de effectiviteit.');
      await warning.waitFor();
      expect(await warning.isVisible()).toBe(true);
      await card
        .getByText('4 van de 7 punten van de checklist zijn niet helder', { exact: false })
        .waitFor();
      // The checklist opens by itself and shows each unclear point with a symbol and words.
      const unclear = card.locator('.oogo-points__list .oogo-status[data-status="UNCLEAR"]');
      expect(await unclear.count()).toBe(4);
      expect(await unclear.first().innerText()).toContain('Niet helder');
      // And the list at the top says which activity it is.
      await page
        .getByRole('navigation', { name: 'Naar een activiteit op deze pagina' })
        .getByText('twijfel over effectiviteit')
        .waitFor();
    });

    it('edits an activity and shows it saved, also after loading the page again', async () => {
      const card = activityCard(page, 'Loket toegang jeugd');
      await card
        .getByRole('button', { name: 'Bewerken: Loket toegang jeugd', exact: true })
        .click();
      const form = page.getByRole('form', { name: 'Activiteit bewerken' });
      await form
        .getByLabel('Doelgroep')
        .fill('Ouders, kinderen en jongeren met een vraag over opgroeien');
      await form.getByRole('radio', { name: 'Toegang' }).check();
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await card.getByRole('status').getByText('Opgeslagen.').waitFor();
      await card.getByText('Ouders, kinderen en jongeren met een vraag over opgroeien').waitFor();

      await page.reload();
      await activityCard(page, 'Loket toegang jeugd')
        .getByText('Ouders, kinderen en jongeren met een vraag over opgroeien')
        .waitFor();
    });

    it('says in Dutch, next to the field, what is wrong before sending anything', async () => {
      const card = activityCard(page, 'Loket toegang jeugd');
      await card
        .getByRole('button', { name: 'Bewerken: Loket toegang jeugd', exact: true })
        .click();
      const form = page.getByRole('form', { name: 'Activiteit bewerken' });
      const name = form.getByLabel('Naam van de activiteit');
      await name.fill('');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('Vul dit veld in.').waitFor();
      expect(await name.getAttribute('aria-invalid')).toBe('true');
      await form.getByRole('button', { name: 'Annuleren' }).click();
      await card.getByRole('heading', { level: 3, name: 'Loket toegang jeugd' }).waitFor();
    });

    it('adds an activity, assesses a criterion, links it to a result, and deletes it again', async () => {
      await page.getByRole('button', { name: 'Activiteit toevoegen', exact: true }).click();
      const form = page.getByRole('form', { name: 'Activiteit toevoegen' });
      await form.getByLabel('Naam van de activiteit').fill('Huiswerkbegeleiding in de wijk');
      await form.getByRole('radio', { name: 'Preventief' }).check();
      await form
        .getByLabel('Doelgroep')
        .fill('Leerlingen van 10 tot 14 jaar zonder rustige plek thuis');
      await form.getByLabel('Uitvoerder').selectOption({ label: 'Gemeente Haverdijk' });
      await form.getByRole('button', { name: 'Opslaan' }).click();

      const card = activityCard(page, 'Huiswerkbegeleiding in de wijk');
      await card
        .getByText('deze activiteit draagt nog niet bij aan een maatschappelijk resultaat.')
        .waitFor();
      await card.getByText('7 nog open').first().waitFor();

      await card.getByText('De zeven criteria voor effectiviteit').click();
      await card
        .getByRole('button', { name: 'Doelgericht beoordelen bij Huiswerkbegeleiding in de wijk' })
        .click();
      const assess = page.getByRole('form', {
        name: 'Doelgericht beoordelen bij Huiswerkbegeleiding in de wijk',
      });
      await assess.getByRole('radio', { name: 'Voldoet deels' }).check();
      await assess.getByLabel('Toelichting').fill('De doelgroep is nog breed.');
      await assess.getByRole('button', { name: 'Opslaan' }).click();
      await card.getByText('De doelgroep is nog breed.').waitFor();
      await card.getByText('Voldoet deels: 1').waitFor();

      await card
        .getByRole('button', {
          name: 'Bijdrage aan een resultaat toevoegen bij Huiswerkbegeleiding in de wijk',
        })
        .click();
      const contribution = page.getByRole('form', {
        name: 'Bijdrage aan een resultaat toevoegen bij Huiswerkbegeleiding in de wijk',
      });
      await contribution.getByLabel('Maatschappelijk resultaat').selectOption({ index: 1 });
      await contribution.getByLabel('Hoe draagt deze activiteit bij').fill('Minder schooluitval.');
      await contribution.getByRole('button', { name: 'Opslaan' }).click();
      await card.getByText('Minder schooluitval.').waitFor();
      expect(
        await card
          .getByText('deze activiteit draagt nog niet bij aan een maatschappelijk resultaat.')
          .count(),
      ).toBe(0);

      await card
        .getByRole('button', { name: 'Verwijderen: Huiswerkbegeleiding in de wijk', exact: true })
        .click();
      await card.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await activityCard(page, 'Huiswerkbegeleiding in de wijk').waitFor({ state: 'detached' });
    });

    it('keeps outcome percentages between 0 and 100, and asks for at least one figure', async () => {
      await page.goto(`${planUrl}/outcome`);
      const section = activitySection(page, 'Weerbaarheidstraining Rots en Water');
      await section.getByRole('button', { name: /^Outcome toevoegen/ }).click();
      const form = page.getByRole('form', {
        name: 'Outcome toevoegen bij Weerbaarheidstraining Rots en Water',
      });
      await form.getByLabel('Periode').fill('2024');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form
        .getByText(
          'Vul minstens één cijfer in: doelrealisatie, beëindiging volgens plan of cliënttevredenheid.',
        )
        .waitFor();
      await form.getByLabel('Doelrealisatie (%)').fill('150');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('Vul een getal in van 0 tot en met 100.').waitFor();
      await form.getByRole('button', { name: 'Annuleren' }).click();
    });

    it('shows a rule only the server knows next to the field: one outcome per period', async () => {
      const section = activitySection(page, 'Weerbaarheidstraining Rots en Water');
      await section.getByRole('button', { name: /^Outcome toevoegen/ }).click();
      const form = page.getByRole('form', {
        name: 'Outcome toevoegen bij Weerbaarheidstraining Rots en Water',
      });
      const period = form.getByLabel('Periode');
      await period.fill('2023');
      await form.getByLabel('Doelrealisatie (%)').fill('71');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await form.getByText('Dit bestaat al in het plan. Kies iets anders.').waitFor();
      expect(await period.getAttribute('aria-invalid')).toBe('true');
      await form.getByRole('button', { name: 'Annuleren' }).click();
    });

    it('flags the activity without a recent outcome, adds one (the flag goes), and deletes it again', async () => {
      const alert = page.locator('.oogo-outcome-missing');
      await alert.getByText('1 activiteit heeft nog geen outcome over 2024.').waitFor();
      await alert.getByRole('link', { name: 'Weerbaarheidstraining Rots en Water' }).waitFor();
      const section = activitySection(page, 'Weerbaarheidstraining Rots en Water');
      await section.getByText('er is nog geen outcome over 2024.').waitFor();

      await section.getByRole('button', { name: /^Outcome toevoegen/ }).click();
      const form = page.getByRole('form', {
        name: 'Outcome toevoegen bij Weerbaarheidstraining Rots en Water',
      });
      await form.getByLabel('Periode').fill('2024');
      await form.getByLabel('Doelrealisatie (%)').fill('73,5');
      await form.getByLabel('Beëindiging volgens plan (%)').fill('90');
      await form.getByLabel('Cliënttevredenheid (%)').fill('84');
      await form.getByRole('button', { name: 'Opslaan' }).click();

      await section.getByText('Laatste meting: 2024').waitFor();
      await section.getByText('73,5%').waitFor();
      await section.getByText('3,5 punten hoger dan 2023').waitFor();
      await page.getByText('Alle activiteiten hebben een outcome over 2024.').waitFor();
      expect(await alert.count()).toBe(0);

      await section
        .getByRole('button', {
          name: 'Verwijderen: outcome 2024 van Weerbaarheidstraining Rots en Water',
        })
        .click();
      await section.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await section.getByText('Laatste meting: 2023').waitFor();
      await alert.getByText('1 activiteit heeft nog geen outcome over 2024.').waitFor();
    });

    it('shows quality per activity and requirement in a table, in words and symbols', async () => {
      await page.goto(`${planUrl}/kwaliteit`);
      const table = page.getByRole('table');
      const row = table.getByRole('row').filter({ hasText: 'Jeugdhulp op school' });
      await row.waitFor();
      const cells = row.getByRole('cell');
      expect(await cells.count()).toBe(5);
      expect(await cells.nth(0).innerText()).toContain('✓');
      expect(await cells.nth(0).innerText()).toContain('Voldaan (aanbieder)');
      expect(await cells.nth(2).innerText()).toContain('Deels voldaan (aanbieder)');
      const empty = table.getByRole('row').filter({ hasText: 'Mindfulnesstraining in de klas' });
      expect(await empty.getByText('Niet nagegaan').count()).toBe(5);
    });

    it('adds a quality check to an activity (it shows in the table) and deletes it', async () => {
      const section = activitySection(page, 'Mindfulnesstraining in de klas');
      await section
        .getByText('Voor deze activiteit zijn nog geen kwaliteitseisen vastgelegd.')
        .waitFor();
      await section.getByRole('button', { name: /^Kwaliteitseis toevoegen/ }).click();
      const form = page.getByRole('form', {
        name: 'Kwaliteitseis toevoegen bij Mindfulnesstraining in de klas',
      });
      await form
        .getByLabel('Kwaliteitseis')
        .selectOption({ label: 'Meldcode kindermishandeling en huiselijk geweld' });
      await form.getByRole('radio', { name: 'Aanbieder' }).check();
      await form.getByRole('radio', { name: 'Niet voldaan' }).check();
      await form.getByLabel('Hoe weten we dit?').fill('De trainer kent de meldcode niet.');
      await form.getByRole('button', { name: 'Opslaan' }).click();

      await section.getByText('De trainer kent de meldcode niet.').waitFor();
      const row = page
        .getByRole('table')
        .getByRole('row')
        .filter({ hasText: 'Mindfulnesstraining in de klas' });
      await row.getByText('Niet voldaan (aanbieder)').waitFor();

      await section
        .getByRole('button', {
          name: 'Verwijderen: Meldcode kindermishandeling en huiselijk geweld (aanbieder) bij Mindfulnesstraining in de klas',
        })
        .click();
      await section.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await section
        .getByText('Voor deze activiteit zijn nog geen kwaliteitseisen vastgelegd.')
        .waitFor();
      expect(await row.getByText('Niet nagegaan').count()).toBe(5);
    });
  });

  describe('as a contributor (Jeugdhulp De Linde)', () => {
    beforeAll(async () => {
      ({ page, planUrl } = await openDemoPlanAs(browser, app.baseUrl, DemoAccount.contributor));
      await page.goto(`${planUrl}/activiteiten`);
    });

    afterAll(async () => {
      await page?.context().close();
    });

    it("is offered no edit for another organisation's activity, and the api refuses one anyway", async () => {
      const card = activityCard(page, 'Mindfulnesstraining in de klas');
      await card.getByRole('heading', { name: 'Mindfulnesstraining in de klas' }).waitFor();
      expect(await card.getByRole('button', { name: /^Bewerken/ }).count()).toBe(0);
      expect(await card.getByRole('button', { name: /^Verwijderen/ }).count()).toBe(0);

      const response = await page.request.post(`${app.baseUrl}/graphql`, {
        data: {
          query: 'query ($id: ID!) { plan(id: $id) { activities { id name version } } }',
          variables: { id: planUrl.split('/plannen/')[1] },
        },
      });
      const activities = (
        (await response.json()) as {
          data: { plan: { activities: { id: string; name: string; version: number }[] } };
        }
      ).data.plan.activities;
      const mindfulness = activities.find((activity) => activity.name.startsWith('Mindfulness'));
      const refused = await page.request.post(`${app.baseUrl}/graphql`, {
        data: {
          query: 'mutation ($input: UpdateActivityInput!) { updateActivity(input: $input) { id } }',
          variables: {
            input: { id: mindfulness?.id, version: mindfulness?.version, description: 'x' },
          },
        },
      });
      expect(JSON.stringify(await refused.json())).toContain('FORBIDDEN');
    });

    it('can change an activity its own organisation carries out', async () => {
      const card = activityCard(page, 'Jeugdhulp op school');
      await card
        .getByRole('button', { name: 'Bewerken: Jeugdhulp op school', exact: true })
        .click();
      const form = page.getByRole('form', { name: 'Activiteit bewerken' });
      await form
        .getByLabel('Beschrijving')
        .fill('Een jeugdhulpverlener werkt vier dagdelen per week op school.');
      await form.getByRole('button', { name: 'Opslaan' }).click();
      await card.getByRole('status').getByText('Opgeslagen.').waitFor();
      await card
        .getByText('Een jeugdhulpverlener werkt vier dagdelen per week op school.')
        .waitFor();
    });
  });
});
