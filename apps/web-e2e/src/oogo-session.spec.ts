import {
  DemoAccount,
  openDemoPlan,
  openPage,
  signInAs,
  useBrowser,
  useRunningApp,
} from '@oogo/testing-e2e';
import type { Page } from 'playwright-core';

const app = useRunningApp();

/**
 * A joint OOGO session: A (a gemeente) and B (a schoolbestuur) have the same plan open in two
 * browsers. What one does, the other sees without reloading; when both change the same field,
 * nobody's edit is lost.
 */
describe('a two-browser OOGO session', () => {
  const chromium = useBrowser();
  let gemeente: Page;
  let schoolbestuur: Page;
  let planUrl: string;
  const TARGET = 'Ervaren gezondheid (goed/zeer goed)';

  beforeAll(async () => {
    [gemeente, schoolbestuur] = await Promise.all([
      openPage(chromium.browser),
      openPage(chromium.browser),
    ]);
    await signInAs(gemeente, app.baseUrl, DemoAccount.coordinator);
    await signInAs(schoolbestuur, app.baseUrl, DemoAccount.schoolbestuurEditor);
    for (const page of [gemeente, schoolbestuur]) {
      planUrl = await openDemoPlan(page);
      await page
        .getByRole('navigation', { name: 'Onderdelen van het plan' })
        .getByRole('link', { name: 'Maatschappelijke resultaten' })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Maatschappelijke resultaten' }).waitFor();
    }
  });

  const targetCard = (page: Page) =>
    page.locator('article.oogo-item', { has: page.getByText(TARGET, { exact: true }) }).first();
  const targetValue = (page: Page) => targetCard(page).locator('dd[data-testid^="target-"]');
  const openForm = async (page: Page) => {
    await targetCard(page)
      .getByRole('button', { name: `Bewerken: ${TARGET}` })
      .click();
    return page.getByRole('form', { name: `Streefwaarde bewerken: ${TARGET}` });
  };

  it('shows each other on the bouwsteen', async () => {
    const onStage = (page: Page) =>
      page.getByRole('list', { name: 'Nu bij deze bouwsteen' }).first();
    await onStage(gemeente)
      .getByText('Demo Stichting Kompas Primair Onderwijs', { exact: false })
      .waitFor();
    await onStage(schoolbestuur).getByText('Demo Gemeente Noorderveen', { exact: false }).waitFor();
  });

  it('A changes a target; B sees it without reloading', async () => {
    const form = await openForm(gemeente);
    await form.getByLabel('Streefwaarde', { exact: true }).fill('89');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await targetValue(gemeente).getByText('89 % (2028)', { exact: false }).waitFor();

    await targetValue(schoolbestuur).getByText('89 % (2028)', { exact: false }).waitFor();
  });

  it('B sees where A is typing', async () => {
    const form = await openForm(gemeente);
    await form.getByLabel('Streefwaarde', { exact: true }).focus();
    await targetCard(schoolbestuur).getByText('Demo Gemeente Noorderveen bewerkt dit nu').waitFor();
    await form.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('both change the same field: the second sees both values and chooses; nothing is lost', async () => {
    const formA = await openForm(gemeente);
    const formB = await openForm(schoolbestuur);
    await formA.getByLabel('Streefwaarde', { exact: true }).fill('90');
    await formB.getByLabel('Streefwaarde', { exact: true }).fill('91');
    await formB.getByLabel('Jaar waarin u de streefwaarde wilt halen').fill('2027');

    await formA.getByRole('button', { name: 'Opslaan' }).click();
    await targetValue(gemeente).getByText('90 % (2028)', { exact: false }).waitFor();
    await formB.getByRole('button', { name: 'Opslaan' }).click();

    const conflict = schoolbestuur
      .getByRole('alert')
      .filter({ hasText: 'Twee mensen veranderden hetzelfde.' });
    await conflict
      .getByText('Demo Gemeente Noorderveen (Gemeente Noorderveen)', { exact: false })
      .waitFor();
    await schoolbestuur.getByText('Uw versie').waitFor();
    const field = schoolbestuur.getByRole('group', { name: 'Streefwaarde' });
    expect(await field.getByText('91', { exact: true }).count()).toBe(1);
    expect(await field.getByText('90', { exact: true }).count()).toBe(1);

    await field.getByLabel('Mijn versie houden').check();
    await schoolbestuur.getByRole('button', { name: 'Opslaan met deze keuzes' }).click();

    // B's value, and B's other change (the year) that did not collide, are both saved;
    // A sees the result live.
    await targetValue(schoolbestuur).getByText('91 % (2027)', { exact: false }).waitFor();
    await targetValue(gemeente).getByText('91 % (2027)', { exact: false }).waitFor();
  });

  it('B asks A in a comment with an @mention; A gets it live, answers and resolves the thread', async () => {
    const QUESTION = 'Is 91 % niet te hoog voor 2027?';
    const panel = (page: Page) => page.getByRole('region', { name: 'Reacties op deze bouwsteen' });
    const text = panel(schoolbestuur).getByRole('textbox', { name: 'Nieuwe reactie' });
    await text.click();
    await text.pressSequentially(`${QUESTION} @noord`);
    await schoolbestuur.getByRole('listbox', { name: 'Deelnemers die u kunt noemen' }).waitFor();
    await text.press('Enter');
    await panel(schoolbestuur).getByRole('button', { name: 'Reactie plaatsen' }).click();
    await panel(schoolbestuur).getByText('Uw reactie is geplaatst.').waitFor();

    await gemeente.getByRole('link', { name: /^Meldingen.*1 ongelezen melding$/ }).click();
    await gemeente
      .getByRole('link', { name: /^Lees de reactie: melding van Demo Stichting Kompas/ })
      .click();
    const thread = panel(gemeente).getByRole('article', {
      name: /^Gesprek van Demo Stichting Kompas/,
    });
    await thread.getByText(QUESTION).waitFor();
    await thread.getByRole('button', { name: /^Reageren: / }).click();
    await thread
      .getByRole('textbox', { name: 'Uw antwoord' })
      .fill('Nee, de GGD vindt het haalbaar.');
    await thread.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await thread.getByRole('button', { name: /^Markeren als opgelost: / }).click();
    await thread.getByText('✓ Opgelost').waitFor();

    const seenByB = panel(schoolbestuur).getByRole('article', {
      name: /^Gesprek van Demo Stichting Kompas/,
    });
    await seenByB.getByText('Nee, de GGD vindt het haalbaar.').waitFor();
    await seenByB.getByText('✓ Opgelost').waitFor();
  });

  it('both record agreement, the other parties too, and the coordinator adopts the plan', async () => {
    const decide = async (page: Page, party: string) => {
      await page.goto(`${planUrl}/akkoord`);
      const form = page.getByRole('form', { name: 'Besluit geven' });
      await form.getByRole('radio', { name: party, exact: true }).check();
      await form.getByRole('radio', { name: 'Akkoord', exact: true }).check();
      await form.getByRole('button', { name: 'Besluit opslaan' }).click();
      await page
        .getByRole('status')
        .getByText(`Het besluit van ${party} is opgeslagen: akkoord.`)
        .waitFor();
    };
    await decide(gemeente, 'Gemeente Noorderveen');
    await decide(schoolbestuur, 'Stichting Kompas Primair Onderwijs');
    // The three other gemeenten and schoolbesturen, each in a browser of its own.
    for (const [account, party] of [
      [DemoAccount.gemeenteEditor, 'Gemeente Haverdijk'],
      ['gemeente.lindewolde@demo.example', 'Gemeente Lindewolde'],
      [
        'scholengroep.veenmeren.voortgezet.onderwijs@demo.example',
        'Scholengroep Veenmeren voortgezet onderwijs',
      ],
    ] as const) {
      const page = await openPage(chromium.browser);
      await signInAs(page, app.baseUrl, account);
      await decide(page, party);
      await page.context().close();
    }

    await gemeente.goto(`${planUrl}/akkoord`);
    await gemeente.getByRole('button', { name: 'Plan vaststellen' }).click();
    await gemeente
      .getByRole('dialog', { name: 'Plan vaststellen?' })
      .getByRole('button', { name: 'Ja, vaststellen' })
      .click();
    await gemeente.getByRole('status').getByText('Het plan is vastgesteld als versie 1.').waitFor();
    // B sees the new status without reloading.
    await schoolbestuur.locator('.oogo-plan-header').getByText('Vastgesteld').waitFor();
  });
});
