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

/** The same scan as accessibility.spec.ts, for the pages that need adopted versions first. */
async function violationsOf(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map(({ id, help, nodes }) => ({
    id,
    help,
    targets: nodes.map((node) => node.target),
  }));
}

// The five deciding parties of the demo plan (README, demo accounts): three gemeenten and two
// schoolbesturen, each with the account that takes part for it (EDITOR, or the COORDINATOR).
const PARTIES = {
  noorderveen: { name: 'Gemeente Noorderveen', account: DemoAccount.coordinator },
  haverdijk: { name: 'Gemeente Haverdijk', account: DemoAccount.gemeenteEditor },
  lindewolde: { name: 'Gemeente Lindewolde', account: 'gemeente.lindewolde@demo.example' },
  kompas: { name: 'Stichting Kompas Primair Onderwijs', account: DemoAccount.schoolbestuurEditor },
  scholengroep: {
    name: 'Scholengroep Veenmeren voortgezet onderwijs',
    account: 'scholengroep.veenmeren.voortgezet.onderwijs@demo.example',
  },
} as const;
type PartyKey = keyof typeof PARTIES;
const ALL_PARTIES = Object.keys(PARTIES) as PartyKey[];

describe('OOGO workflow: akkoord, vaststellen, versies, wijzigingen en logboek', () => {
  let browser: Browser;
  /** One signed-in page per party, kept open for the whole file. */
  const pages = {} as Record<PartyKey, Page>;
  let planUrl: string;
  let planId: string;

  beforeAll(async () => {
    browser = await launchChromium();
    for (const key of ALL_PARTIES) {
      const page = await openPage(browser);
      await signInAs(page, app.baseUrl, PARTIES[key].account);
      pages[key] = page;
    }
    planUrl = await openDemoPlan(pages.noorderveen);
    planId = planUrl.split('/plannen/')[1]?.split(/[/?#]/)[0] ?? '';
  }, 120_000);

  afterAll(async () => {
    for (const page of Object.values(pages)) await page.context().close();
    await browser?.close();
  });

  /** A GraphQL request with the page's session cookie, as the app itself would send it. */
  async function graphqlAs<T>(page: Page, query: string, variables: Record<string, unknown>) {
    const response = await page.request.post(`${app.baseUrl}/graphql`, {
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  /** Renames an activity of the plan (an edit of the text, as on the bouwsteen page). */
  async function renameActivity(page: Page, from: RegExp, to: string): Promise<void> {
    const { plan } = await graphqlAs<{
      plan: { activities: { id: string; name: string; version: number }[] };
    }>(page, 'query Activities($id: ID!) { plan(id: $id) { activities { id name version } } }', {
      id: planId,
    });
    const activity = plan.activities.find((candidate) => from.test(candidate.name));
    if (!activity) throw new Error(`No activity ${from}`);
    await graphqlAs(
      page,
      'mutation Rename($input: UpdateActivityInput!) { updateActivity(input: $input) { id version } }',
      { input: { id: activity.id, version: activity.version, name: to } },
    );
  }

  async function openWorkflow(page: Page): Promise<void> {
    await page.goto(`${planUrl}/akkoord`);
    await page.getByRole('heading', { level: 2, name: 'Akkoord en versies' }).waitFor();
    await page
      .getByRole('heading', { level: 3, name: 'Besluiten van gemeenten en schoolbesturen' })
      .waitFor();
  }

  function partyCard(page: Page, name: string) {
    return page
      .locator('.oogo-decision')
      .filter({ has: page.getByRole('heading', { level: 4, name, exact: true }) });
  }

  async function decide(
    key: PartyKey,
    decision: 'Akkoord' | 'Bezwaar',
    reason?: string,
  ): Promise<void> {
    const page = pages[key];
    const { name } = PARTIES[key];
    await openWorkflow(page);
    const form = page.getByRole('form', { name: 'Besluit geven' });
    await form.getByRole('radio', { name, exact: true }).check();
    await form.getByRole('radio', { name: decision, exact: true }).check();
    if (reason !== undefined) await form.getByLabel('Waarom maakt u bezwaar?').fill(reason);
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page
      .getByRole('status')
      .getByText(`Het besluit van ${name} is opgeslagen: ${decision.toLowerCase()}.`)
      .waitFor();
  }

  async function stateOf(page: Page, name: string): Promise<string> {
    return (await partyCard(page, name).locator('.utrecht-status-badge').innerText()).trim();
  }

  async function adopt(expectedVersion: number): Promise<void> {
    const page = pages.noorderveen;
    await openWorkflow(page);
    await page.getByRole('button', { name: 'Plan vaststellen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan vaststellen?' });
    await dialog.getByText(`Het plan wordt versie ${expectedVersion}.`).waitFor();
    // The safe choice has the focus when the dialog opens.
    expect(
      await dialog
        .getByRole('button', { name: 'Annuleren' })
        .evaluate((button) => button === document.activeElement),
    ).toBe(true);
    await dialog.getByRole('button', { name: 'Ja, vaststellen' }).click();
    await page
      .getByRole('status')
      .getByText(`Het plan is vastgesteld als versie ${expectedVersion}.`)
      .waitFor();
    await page.locator('.oogo-plan-header').getByText('Vastgesteld').waitFor();
  }

  it('shows the round: the plan in OOGO, every gemeente and schoolbestuur still to decide', async () => {
    const page = pages.noorderveen;
    await openWorkflow(page);
    expect(await page.title()).toBe(
      'Akkoord en versies – ' +
        (await page.locator('.oogo-plan-header__title').innerText()) +
        ' – OOGO Werkplaats',
    );
    await page.locator('.oogo-workflow-status').getByText('In OOGO-overleg').waitFor();
    for (const key of ALL_PARTIES) {
      expect(await stateOf(page, PARTIES[key].name)).toBe('Nog geen besluit');
    }
    await page.getByText('0 van 5 akkoord').waitFor();
    expect(await page.getByRole('button', { name: 'Plan vaststellen' }).count()).toBe(0);
    await page.getByText('Er is nog geen vastgestelde versie van dit plan.').waitFor();
  });

  it('asks a decision only of those who give it, and the server refuses one for someone else', async () => {
    // A contributor and a viewer decide nothing: no form, a plain sentence instead.
    for (const account of [DemoAccount.contributor, DemoAccount.viewer]) {
      const page = await openPage(browser);
      await signInAs(page, app.baseUrl, account);
      await page.goto(`${app.baseUrl}/plannen/${planId}/akkoord`);
      await page.getByText('U geeft hier geen besluit.', { exact: false }).waitFor();
      expect(await page.getByRole('form', { name: 'Besluit geven' }).count()).toBe(0);
      await page.context().close();
    }

    // An editor decides for the organisation it acts for, and only for that one.
    const editor = pages.haverdijk;
    await openWorkflow(editor);
    const form = editor.getByRole('form', { name: 'Besluit geven' });
    await form.getByRole('radio', { name: PARTIES.haverdijk.name, exact: true }).waitFor();
    expect(await form.getByRole('radio', { name: PARTIES.kompas.name, exact: true }).count()).toBe(
      0,
    );

    // Sent anyway (e.g. by a script): the api refuses, nothing changes.
    const { plan } = await graphqlAs<{ plan: { participants: { id: string; name: string }[] } }>(
      editor,
      'query ($id: ID!) { plan(id: $id) { participants { id name } } }',
      { id: planId },
    );
    const kompas = plan.participants.find(
      (organization) => organization.name === PARTIES.kompas.name,
    );
    await expect(
      graphqlAs(
        editor,
        'mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }',
        { input: { planId, organizationId: kompas?.id, decision: 'AGREE' } },
      ),
    ).rejects.toThrow('FORBIDDEN');
    expect(await stateOf(editor, PARTIES.kompas.name)).toBe('Nog geen besluit');

    // Only the coordinator moves the plan: others see no buttons, and are told so.
    await editor
      .getByText('Alleen de coördinator van het plan verandert de status', { exact: false })
      .waitFor();
    expect(await editor.getByRole('button', { name: 'Terugzetten naar concept' }).count()).toBe(0);
  });

  it('takes an objection only with a reason, shows it, and lets the party agree after all', async () => {
    const page = pages.haverdijk;
    await openWorkflow(page);
    const form = page.getByRole('form', { name: 'Besluit geven' });
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    // The one organisation this editor decides for is chosen already; the decision is not.
    expect(await form.getByText('Maak een keuze.').count()).toBe(1);

    await form.getByRole('radio', { name: PARTIES.haverdijk.name, exact: true }).check();
    await form.getByRole('radio', { name: 'Bezwaar', exact: true }).check();
    await form.getByRole('button', { name: 'Besluit opslaan' }).click();
    await form.getByText('Vul dit veld in.').waitFor();
    expect(await form.getByLabel('Waarom maakt u bezwaar?').getAttribute('aria-invalid')).toBe(
      'true',
    );

    await decide('haverdijk', 'Bezwaar', 'De wachttijden voor jeugdhulp staan er nog niet in.');
    expect(await stateOf(page, PARTIES.haverdijk.name)).toBe('Bezwaar');
    await partyCard(page, PARTIES.haverdijk.name)
      .getByText('De wachttijden voor jeugdhulp staan er nog niet in.')
      .waitFor();

    await decide('haverdijk', 'Akkoord');
    expect(await stateOf(page, PARTIES.haverdijk.name)).toBe('Akkoord');
    expect(await partyCard(page, PARTIES.haverdijk.name).getByText('De wachttijden').count()).toBe(
      0,
    );
  });

  it('lets each gemeente and schoolbestuur agree; then the coordinator may adopt', async () => {
    for (const key of ['noorderveen', 'lindewolde', 'kompas', 'scholengroep'] as const) {
      await decide(key, 'Akkoord');
    }
    const page = pages.noorderveen;
    await openWorkflow(page);
    await page.getByText('5 van 5 akkoord').waitFor();
    for (const key of ALL_PARTIES) expect(await stateOf(page, PARTIES[key].name)).toBe('Akkoord');
    await page.getByRole('button', { name: 'Plan vaststellen' }).waitFor();
  });

  it('makes every approval stale with an edit, and shows what changed since', async () => {
    await renameActivity(
      pages.haverdijk,
      /^Jeugdhulp op school/,
      'Jeugdhulp op school en in de wijk',
    );

    const page = pages.kompas;
    await openWorkflow(page);
    for (const key of ALL_PARTIES) {
      expect(await stateOf(page, PARTIES[key].name)).toBe('Akkoord op oudere tekst');
    }
    await page.getByText('0 van 5 akkoord').waitFor();
    const card = partyCard(page, PARTIES.kompas.name);
    await card.getByText('Wat is er veranderd sinds dit besluit? (1 wijziging)').click();
    const change = card.locator('.oogo-change');
    await change.first().waitFor();
    expect(await change.first().innerText()).toMatch(
      /^Activiteiten: Activiteit «Jeugdhulp op school en in de wijk» veranderd: naam\n.*Gemeente Haverdijk, \d+ \w+ \d{4} om \d{2}:\d{2}$/,
    );

    const coordinator = pages.noorderveen;
    await openWorkflow(coordinator);
    expect(await coordinator.getByRole('button', { name: 'Plan vaststellen' }).count()).toBe(0);
    await coordinator
      .getByText(
        'Vaststellen kan pas als alle gemeenten en schoolbesturen akkoord zijn met het plan zoals het nu is.',
      )
      .waitFor();
  });

  it('adopts the plan once all agree to the text as it is now, and lists version 1', async () => {
    for (const key of ALL_PARTIES) await decide(key, 'Akkoord');
    await adopt(1);
    const page = pages.noorderveen;
    const versions = page.locator('.oogo-versions');
    await versions.getByText('Versie 1', { exact: true }).waitFor();
    expect(await versions.getByRole('link').allInnerTexts()).toEqual(['Bekijk versie 1']);
    // The new round starts without decisions; the version keeps them.
    await page
      .getByText(
        'Het plan is vastgesteld. De besluiten waarop het rust, staan bij de vastgestelde versie.',
      )
      .waitFor();
    await page.getByText('U kunt nu geen besluit geven.', { exact: false }).waitFor();
  });

  it('shows an adopted version read-only, per bouwsteen, with the approvals it rests on', async () => {
    const page = pages.lindewolde;
    await openWorkflow(page);
    await page.locator('.oogo-versions').getByRole('link', { name: 'Bekijk versie 1' }).click();
    await page.getByRole('heading', { level: 2, name: 'Versie 1' }).waitFor();
    expect(await page.title()).toMatch(/^Versie 1 – .* – OOGO Werkplaats$/);
    await page.getByText('Dit is een vastgestelde versie. U kunt hem alleen lezen.').waitFor();
    for (const stage of [
      'Staat van de jeugd',
      'Maatschappelijke resultaten',
      'Activiteiten',
      'Kwaliteit',
      'Outcome',
      'Leren en verbeteren',
    ]) {
      await page.getByRole('heading', { level: 3, name: stage }).waitFor();
    }
    const activities = page.locator('.oogo-version-stage', {
      has: page.getByRole('heading', { level: 3, name: 'Activiteiten' }),
    });
    await activities.getByText(/^Activiteiten \(\d+\)$/).click();
    await activities.getByText('Jeugdhulp op school en in de wijk', { exact: true }).waitFor();
    const approvals = page.locator('.oogo-version-approvals li');
    expect(await approvals.count()).toBe(5);
    expect(await approvals.first().innerText()).toMatch(/: akkoord door .+ op /);
    // Nothing to edit here.
    expect(await page.getByRole('main').getByRole('textbox').count()).toBe(0);
    expect(await violationsOf(page)).toEqual([]);
  });

  it('handles a status change that someone else made first: reloads and says so', async () => {
    // An edit after adoption starts a new draft round.
    await renameActivity(pages.haverdijk, /^Jeugdhulp op school/, 'Jeugdhulp in school en wijk');
    // Live updates would show the other tab's change at once; the race they cannot prevent
    // (a change in the same instant) is played here by a page whose live connection is down.
    const page = await openPage(browser);
    await page.routeWebSocket(/\/graphql$/, () => undefined);
    await signInAs(page, app.baseUrl, PARTIES.noorderveen.account);
    await openWorkflow(page);
    await page.locator('.oogo-workflow-status').getByText('Concept').waitFor();
    await page.getByRole('button', { name: 'In OOGO-overleg brengen' }).waitFor();

    // Meanwhile (another tab), the coordinator brings it into consultation and back.
    const { plan } = await graphqlAs<{ plan: { version: number } }>(
      page,
      'query V($id: ID!) { plan(id: $id) { version } }',
      { id: planId },
    );
    const change =
      'mutation S($input: ChangePlanStatusInput!) { changePlanStatus(input: $input) { id version } }';
    await graphqlAs(page, change, {
      input: { planId, version: plan.version, status: 'IN_CONSULTATION' },
    });
    await graphqlAs(page, change, {
      input: { planId, version: plan.version + 1, status: 'DRAFT' },
    });

    await page.getByRole('button', { name: 'In OOGO-overleg brengen' }).click();
    await page
      .getByRole('dialog', { name: 'Plan in OOGO-overleg brengen?' })
      .getByRole('button', { name: 'Ja, in overleg brengen' })
      .click();
    const alert = page
      .getByRole('alert')
      .getByText(
        'Iemand anders heeft het plan net veranderd. We hebben de nieuwste stand geladen. Kijk of u het nog steeds wilt.',
      );
    await alert.waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain(
      'utrecht-alert--warning',
    );

    // With the latest version loaded, it works.
    await page.getByRole('button', { name: 'In OOGO-overleg brengen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Ja, in overleg brengen' }).click();
    await page.getByRole('status').getByText('Het plan is nu in OOGO-overleg.').waitFor();
    await page.locator('.oogo-plan-header').getByText('In OOGO-overleg').waitFor();
    await page.context().close();
  });

  it('cancels a consequential step when asked', async () => {
    const page = pages.noorderveen;
    await openWorkflow(page);
    await page.getByRole('button', { name: 'Terugzetten naar concept' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan terugzetten naar concept?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.oogo-workflow-status').getByText('In OOGO-overleg').waitFor();
  });

  it('adopts a second version and compares it with the first, and with the plan now', async () => {
    for (const key of ALL_PARTIES) await decide(key, 'Akkoord');
    await adopt(2);
    const page = pages.noorderveen;
    expect(await page.locator('.oogo-versions').getByRole('link').allInnerTexts()).toEqual([
      'Bekijk versie 2',
      'Bekijk versie 1',
    ]);

    const form = page.getByRole('form', { name: 'Versies vergelijken' });
    await form.getByLabel('Oude versie').selectOption({ label: 'Versie 1' });
    await form.getByLabel('Nieuwe versie').selectOption({ label: 'Versie 2' });
    await form.getByRole('button', { name: 'Vergelijken' }).click();
    await page.waitForURL(/\/akkoord\/vergelijken\?van=.+&naar=.+/);
    await page.getByRole('heading', { level: 3, name: 'Versie 1 en Versie 2' }).waitFor();
    const activities = page.locator('.oogo-version-stage', {
      has: page.getByRole('heading', { level: 4, name: 'Activiteiten' }),
    });
    await activities.getByText('0 toegevoegd, 1 veranderd, 0 weggehaald').waitFor();
    await activities
      .getByText('Activiteit «Jeugdhulp in school en wijk»: naam veranderd', { exact: true })
      .waitFor();
    const youth = page.locator('.oogo-version-stage', {
      has: page.getByRole('heading', { level: 4, name: 'Staat van de jeugd' }),
    });
    await youth.getByText('Geen verschillen.').waitFor();
    expect(await violationsOf(page)).toEqual([]);

    // Version 2 with the plan as it is now: nothing changed since the adoption.
    await page.getByLabel('Oude versie').selectOption({ label: 'Versie 2' });
    await page.getByLabel('Nieuwe versie').selectOption({ label: 'Het plan zoals het nu is' });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page
      .getByRole('heading', { level: 3, name: 'Versie 2 en het plan zoals het nu is' })
      .waitFor();
    await page.getByText('Er zijn geen verschillen tussen deze versies.').waitFor();

    // The same version twice is not a comparison.
    await page.getByLabel('Nieuwe versie').selectOption({ label: 'Versie 2' });
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await page.getByText('Kies twee verschillende versies.').waitFor();
  });

  describe('wat is er veranderd', () => {
    it('lists the changes newest first, and loads older ones', async () => {
      const page = pages.lindewolde;
      await page.goto(`${planUrl}/wijzigingen`);
      await page.getByRole('heading', { level: 2, name: 'Wat is er veranderd' }).waitFor();
      const entries = page.locator('.oogo-feed__entry');
      await entries.first().waitFor();
      // The tests above made 26 changes (decisions, edits, status changes, adoptions); a page has 20.
      expect(await entries.count()).toBe(20);
      await page.getByText('U ziet 20 wijzigingen. Er zijn er meer.').waitFor();
      expect(await entries.first().innerText()).toContain('Gemeente Noorderveen');

      await page.getByRole('button', { name: 'Meer laden' }).click();
      await page.getByText('U ziet 26 wijzigingen.').waitFor();
      // Reading goes on at the first new entry.
      expect(
        await page.evaluate(() =>
          Array.from(document.querySelectorAll('.oogo-feed__entry')).indexOf(
            document.activeElement as Element,
          ),
        ),
      ).toBe(20);
    });

    it('filters by bouwsteen and by organisation, in the address', async () => {
      const page = pages.lindewolde;
      await page.goto(`${planUrl}/wijzigingen`);
      const filters = page.getByRole('search', { name: 'Wijzigingen zoeken' });
      await filters.getByLabel('Bouwsteen').selectOption({ label: 'Activiteiten' });
      await filters.getByRole('button', { name: 'Toon wijzigingen' }).click();
      await page.waitForURL(/bouwsteen=activiteiten/);
      await page.getByText('U ziet 2 wijzigingen.').waitFor();
      const sentences = await page.locator('.oogo-feed__sentence').allInnerTexts();
      expect(sentences).toEqual([
        'Gemeente Haverdijk wijzigde de naam van de activiteit «Jeugdhulp in school en wijk»',
        'Gemeente Haverdijk wijzigde de naam van de activiteit «Jeugdhulp op school en in de wijk»',
      ]);

      // The filters survive a reload: they are in the address.
      await page.reload();
      await page.getByText('U ziet 2 wijzigingen.').waitFor();
      expect(await page.getByLabel('Bouwsteen').inputValue()).toBe('ACTIVITIES');

      // Nothing by GGD Veenmeren: an empty state, with a way back.
      await page.getByLabel('Organisatie').selectOption({ label: 'GGD Veenmeren' });
      await page.getByRole('button', { name: 'Toon wijzigingen' }).click();
      await page.getByText('Er zijn geen wijzigingen die bij deze filters passen.').waitFor();
      await page.getByRole('link', { name: 'Filters wissen' }).click();
      await page.waitForURL(`${planUrl}/wijzigingen`);
      await page.locator('.oogo-feed__entry').first().waitFor();

      // One organisation, every bouwsteen.
      await page
        .getByLabel('Organisatie')
        .selectOption({ label: 'Stichting Kompas Primair Onderwijs' });
      await page.getByRole('button', { name: 'Toon wijzigingen' }).click();
      await page.waitForURL(/organisatie=/);
      await page.locator('.oogo-feed__entry').first().waitFor();
      for (const sentence of await page.locator('.oogo-feed__sentence').allInnerTexts()) {
        expect(sentence).toMatch(/^Stichting Kompas Primair Onderwijs /);
      }
    });
  });

  describe('logboek', () => {
    it('shows the coordinator who changed what, with the values before and after, paged', async () => {
      const page = pages.noorderveen;
      await page
        .getByRole('navigation', { name: 'Onderdelen van het plan' })
        .getByRole('link', { name: 'Logboek' })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Logboek' }).waitFor();
      const entries = page.locator('.oogo-audit__entry');
      await entries.first().waitFor();
      expect(await entries.count()).toBe(20);

      const rename = entries.filter({ hasText: 'Activiteit veranderd' }).first();
      await page.getByRole('button', { name: 'Meer laden' }).click();
      await page.getByText('U ziet 26 regels.').waitFor();
      await page.getByText('Dit is het begin van het logboek.').waitFor();
      await rename.waitFor();
      expect(await rename.innerText()).toContain('namens Gemeente Haverdijk');
      const row = rename.getByRole('row', { name: /naam/ });
      expect(await row.getByRole('cell').allInnerTexts()).toEqual([
        'Jeugdhulp op school en in de wijk',
        'Jeugdhulp in school en wijk',
      ]);
    });

    it('tells anyone else that only the coordinator reads it', async () => {
      const page = pages.haverdijk;
      await page.goto(`${planUrl}/logboek`);
      await page
        .getByRole('alert')
        .getByText('Alleen de coördinator van het plan kan het logboek lezen.')
        .waitFor();
    });
  });
});
