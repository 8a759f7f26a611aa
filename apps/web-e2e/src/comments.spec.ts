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

const QUESTION = 'Klopt de streefwaarde voor schoolverzuim nog?';
const ANSWER = 'Ja, we houden de norm van het CBS aan.';
const CONTRIBUTOR = 'Demo Jeugdhulp De Linde';
const COORDINATOR = 'Demo Gemeente Noorderveen';

/** The comments on the bouwsteen itself, below its content. */
function stagePanel(page: Page) {
  return page.getByRole('region', { name: 'Reacties op deze bouwsteen' });
}

function threadOf(page: Page, author: string) {
  return stagePanel(page).getByRole('article', { name: `Gesprek van ${author}` });
}

/** "Maatschappelijke resultaten" in the plan's menu, with its unread count in words. */
function stageMenuLink(page: Page) {
  return page
    .getByRole('navigation', { name: 'Onderdelen van het plan' })
    .getByRole('link', { name: /^Maatschappelijke resultaten/ });
}

describe('comments and notifications: a partner asks, the coordinator answers, a viewer reads', () => {
  let browser: Browser;
  let contributor: Page;
  let coordinator: Page;
  let planUrl: string;

  beforeAll(async () => {
    browser = await launchChromium();
    contributor = await openPage(browser);
    coordinator = await openPage(browser);
  });

  afterAll(async () => {
    await contributor?.context().close();
    await coordinator?.context().close();
    await browser?.close();
  });

  it('a CONTRIBUTOR comments on a bouwsteen and mentions the coordinator, picked with the keyboard', async () => {
    await signInAs(coordinator, app.baseUrl, DemoAccount.coordinator);
    await openDemoPlan(coordinator);
    await signInAs(contributor, app.baseUrl, DemoAccount.contributor);
    planUrl = await openDemoPlan(contributor);

    await contributor.goto(`${planUrl}/maatschappelijke-resultaten`);
    const text = stagePanel(contributor).getByRole('textbox', { name: 'Nieuwe reactie' });
    await text.click();
    await text.pressSequentially(`${QUESTION} Graag een reactie van @noord`);

    const list = contributor.getByRole('listbox', { name: 'Deelnemers die u kunt noemen' });
    await list.waitFor();
    expect(await text.getAttribute('aria-controls')).toBe(await list.getAttribute('id'));
    const option = list.getByRole('option', { name: new RegExp(COORDINATOR) });
    expect(await text.getAttribute('aria-activedescendant')).toBe(await option.getAttribute('id'));
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await text.press('ArrowDown'); // one match: the arrow keys wrap around to it again
    await text.press('Enter');

    expect(await list.count()).toBe(0);
    expect(await text.inputValue()).toBe(`${QUESTION} Graag een reactie van @${COORDINATOR} `);
    await text.pressSequentially('als u tijd heeft.');
    await stagePanel(contributor).getByRole('button', { name: 'Reactie plaatsen' }).click();

    await stagePanel(contributor).getByText('Uw reactie is geplaatst.').waitFor();
    const thread = threadOf(contributor, CONTRIBUTOR);
    await thread.getByText(QUESTION).waitFor();
    // The mention stands out in the text (bold, with its "@"), and the state is said in words.
    await thread.locator('strong', { hasText: `@${COORDINATOR}` }).waitFor();
    await thread.getByText('Open', { exact: true }).waitFor();
    expect(await text.inputValue()).toBe('');
  });

  it('the coordinator gets the notification and the unread badge live, opens it, replies and resolves', async () => {
    // No reload: the header's count and the plan menu's badge come in live.
    await coordinator
      .getByRole('link', { name: /^Meldingen.*1 ongelezen melding$/ })
      .waitFor({ timeout: 15_000 });
    await stageMenuLink(coordinator)
      .filter({ hasText: '1 ongelezen reactie' })
      .waitFor({ timeout: 15_000 });

    await coordinator.getByRole('link', { name: /^Meldingen/ }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const notification = coordinator.getByRole('listitem').filter({
      has: coordinator.getByRole('heading', { name: `${CONTRIBUTOR} noemde u in een reactie` }),
    });
    await notification.getByText('Nieuw', { exact: true }).waitFor();
    await notification.getByText(QUESTION, { exact: false }).waitFor();
    await notification
      .getByRole('link', { name: `Lees de reactie: melding van ${CONTRIBUTOR}` })
      .click();

    // At the comment itself, on the bouwsteen page; read now, so both counts are gone.
    await coordinator.waitForURL(/\/maatschappelijke-resultaten#reactie-/);
    const thread = threadOf(coordinator, CONTRIBUTOR);
    await thread.getByText(QUESTION).waitFor();
    await coordinator.waitForFunction(() => document.activeElement?.id.startsWith('reactie-'));
    await coordinator.getByRole('link', { name: 'Meldingen', exact: true }).waitFor();
    await stageMenuLink(coordinator)
      .filter({ hasNotText: 'ongelezen' })
      .waitFor({ timeout: 15_000 });

    await thread.getByRole('button', { name: `Reageren: gesprek van ${CONTRIBUTOR}` }).click();
    const reply = thread.getByRole('textbox', { name: 'Uw antwoord' });
    expect(await reply.evaluate((element) => element === document.activeElement)).toBe(true);
    await reply.pressSequentially(ANSWER);
    await thread.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await thread.getByRole('list', { name: 'Antwoorden' }).getByText(ANSWER).waitFor();
    // Focus goes back to where the user was: the reply button.
    await coordinator.waitForFunction(() =>
      document.activeElement?.getAttribute('aria-label')?.startsWith('Reageren:'),
    );

    await thread
      .getByRole('button', { name: `Markeren als opgelost: gesprek van ${CONTRIBUTOR}` })
      .click();
    await thread.getByText('✓ Opgelost').waitFor();
    await thread.getByText(new RegExp(`^Opgelost door ${COORDINATOR} op `)).waitFor();
    await stagePanel(coordinator).getByText('Het gesprek is gemarkeerd als opgelost.').waitFor();
  });

  it('the CONTRIBUTOR sees the answer and the resolved state without reloading', async () => {
    const thread = threadOf(contributor, CONTRIBUTOR);
    await thread.getByText(ANSWER).waitFor({ timeout: 15_000 });
    await thread.getByText('✓ Opgelost').waitFor({ timeout: 15_000 });
    await thread.getByText(`(Gemeente Noorderveen)`).waitFor();

    // The filter: the thread is resolved, so not among the open ones.
    await stagePanel(contributor).getByRole('radio', { name: 'Open (0)' }).check();
    await stagePanel(contributor).getByText('Er zijn geen gesprekken in deze keuze.').waitFor();
    await stagePanel(contributor).getByRole('radio', { name: 'Opgelost (1)' }).check();
    await thread.getByText(QUESTION).waitFor();
  });

  it('a comment on one item: "Reacties (n)" with its unread count, and a notification that opens it', async () => {
    const question = 'Welke bron hoort bij dit cijfer?';
    const toggle = contributor.getByRole('button', { name: /^Reacties \(0\)/ }).first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = contributor.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    const text = panel.getByRole('textbox', { name: 'Nieuwe reactie' });
    await text.pressSequentially(`${question} @noord`);
    await text.press('Enter');
    await panel.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await panel.getByText(question).waitFor();
    const itemId = await panel.evaluate((element) => element.closest('article')?.id);
    expect(itemId).toMatch(/^item-/);
    await contributor
      .locator(`#${itemId}`)
      .getByRole('button', { name: /^Reacties \(1\)/ })
      .first()
      .waitFor();

    // The coordinator, still on this bouwsteen page: the item's count and unread count, live.
    const coordinatorToggle = coordinator
      .locator(`#${itemId}`)
      .getByRole('button', { name: /^Reacties \(1\)/ })
      .first();
    await coordinatorToggle.filter({ hasText: '1 ongelezen reactie' }).waitFor({ timeout: 15_000 });
    expect(await coordinatorToggle.getAttribute('aria-expanded')).toBe('false');

    await coordinator.getByRole('link', { name: /^Meldingen.*1 ongelezen melding$/ }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await coordinator
      .getByRole('listitem')
      .filter({ hasText: question })
      .getByText('bij een effectindicator', { exact: false })
      .waitFor();
    await coordinator
      .getByRole('listitem')
      .filter({ hasText: question })
      .getByRole('link', { name: /^Lees de reactie/ })
      .click();

    // At the item, with its comments open and read.
    await coordinator.waitForURL(new RegExp(`#${itemId}$`));
    const opened = coordinator
      .locator(`#${itemId}`)
      .getByRole('button', { name: /^Reacties \(1\)/ })
      .first();
    await coordinator.locator(`#${itemId}`).getByText(question).waitFor();
    expect(await opened.getAttribute('aria-expanded')).toBe('true');
    await opened.filter({ hasNotText: 'ongelezen' }).waitFor({ timeout: 15_000 });
  });

  it('the author edits and deletes an own comment (with a confirmation step)', async () => {
    const panel = stagePanel(contributor);
    await panel.getByRole('radio', { name: /^Alle/ }).check();
    await panel.getByRole('textbox', { name: 'Nieuwe reactie' }).fill('Een tikfuot.');
    await panel.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await panel.getByText('Een tikfuot.').waitFor();

    await panel
      .getByRole('button', { name: /^Bewerken: uw reactie van / })
      .first()
      .click();
    const edit = panel.getByRole('textbox', { name: 'Reactie aanpassen' });
    expect(await edit.inputValue()).toBe('Een tikfuot.');
    await edit.fill('Een tikfout.');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.getByText('Een tikfout.').waitFor();
    await panel.getByText('(bewerkt)').waitFor();
    await contributor.waitForFunction(() =>
      document.activeElement?.getAttribute('aria-label')?.startsWith('Bewerken: uw reactie van'),
    );

    // With a reply in the thread, the deleted first comment keeps its place, without its text.
    const thread = panel.getByRole('article').filter({ hasText: 'Een tikfout.' });
    await thread.getByRole('button', { name: /^Reageren: / }).click();
    await thread.getByRole('textbox', { name: 'Uw antwoord' }).fill('En nog iets.');
    await thread.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await thread.getByText('En nog iets.').waitFor();
    await thread
      .getByRole('button', { name: /^Verwijderen: uw reactie van / })
      .first()
      .click();
    await thread.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await panel.getByText('Deze reactie is verwijderd.').waitFor();
    expect(await panel.getByText('Een tikfout.').count()).toBe(0);
    await contributor.waitForFunction(() => document.activeElement?.id.startsWith('reactie-'));

    // The last comment with a text gone: the thread goes, the focus stays in the panel.
    const rest = panel.getByRole('article').filter({ hasText: 'En nog iets.' });
    await rest.getByRole('button', { name: /^Verwijderen: uw reactie van / }).click();
    await rest.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await panel.getByText('De reactie is verwijderd.').waitFor();
    await rest.waitFor({ state: 'detached' });
    await contributor.waitForFunction(
      () => document.activeElement?.textContent === 'Reacties op deze bouwsteen',
    );
  });

  it('a VIEWER reads the comments, and is told plainly why there is no form', async () => {
    const viewer = await openPage(browser);
    try {
      await signInAs(viewer, app.baseUrl, DemoAccount.viewer);
      await viewer.goto(`${planUrl}/maatschappelijke-resultaten`);
      const thread = threadOf(viewer, CONTRIBUTOR);
      await thread.getByText(QUESTION).waitFor();
      await thread.getByText(ANSWER).waitFor();
      await stagePanel(viewer)
        .getByText('U kunt de reacties lezen, maar niet zelf reageren. U doet mee als lezer.', {
          exact: false,
        })
        .waitFor();
      expect(await stagePanel(viewer).getByRole('textbox').count()).toBe(0);
      expect(
        await stagePanel(viewer)
          .getByRole('button', { name: /^Reageren/ })
          .count(),
      ).toBe(0);
      expect(
        await stagePanel(viewer)
          .getByRole('button', { name: /^Markeren/ })
          .count(),
      ).toBe(0);
    } finally {
      await viewer.context().close();
    }
  });
});
