import AxeBuilder from '@axe-core/playwright';
import {
  DEMO_PASSWORD,
  DemoAccount,
  openDemoPlan,
  openPage,
  signInAs,
  useBrowser,
  useRunningApp,
} from '@oogo/testing-e2e';
import { join } from 'node:path';
import { request, type Page } from 'playwright-core';

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

/** As another demo account, over the api: a comment on a bouwsteen that mentions someone. */
async function mentionAs(baseUrl: string, email: string, planId: string, mentioned: string) {
  const api = await request.newContext({ baseURL: baseUrl });
  const send = async (query: string, variables: Record<string, unknown>) => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as Record<string, never>;
  };
  try {
    await send('mutation ($input: LoginInput!) { login(input: $input) { id } }', {
      input: { email, password: DEMO_PASSWORD },
    });
    const { plan } = await send(
      'query ($id: ID!) { plan(id: $id) { members { userId displayName } } }',
      {
        id: planId,
      },
    );
    const member = (plan as { members: { userId: string; displayName: string }[] }).members.find(
      (candidate) => candidate.displayName === mentioned,
    );
    await send('mutation ($input: CreateCommentInput!) { createComment(input: $input) { id } }', {
      input: {
        planId,
        stage: 'SOCIETAL_RESULTS',
        body: `@${mentioned} kunt u hier naar kijken?`,
        mentionUserIds: [member?.userId],
      },
    });
  } finally {
    await api.dispose();
  }
}

describe('accessibility: an axe scan (WCAG 2.2 AA and best practices) of every page', () => {
  const chromium = useBrowser();
  let page: Page;
  let planUrl: string;

  beforeAll(async () => {
    page = await openPage(chromium.browser);
  });

  afterAll(async () => {
    await page?.context().close();
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

  it('cijfers importeren: the preview of a file, before anything is saved', async () => {
    await page.goto(`${planUrl}/staat-van-de-jeugd/cijfers-importeren`);
    await page
      .getByLabel('Kies een bestand (CSV of XLSX)')
      .setInputFiles(join(__dirname, 'fixtures', 'jeugdhulp-2025.csv'));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByRole('table', { name: 'Afgekeurde rijen' }).waitFor();
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

  it('members and roles (as coordinator, with the invitation form)', async () => {
    await page.goto(`${planUrl}/deelnemers`);
    await page.getByRole('table', { name: 'Deelnemers aan dit plan' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('akkoord en versies', async () => {
    await page.goto(`${planUrl}/akkoord`);
    await page.getByRole('heading', { level: 3, name: 'Besluit geven' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('akkoord en versies with the errors of an empty decision', async () => {
    await page.getByRole('button', { name: 'Besluit opslaan' }).click();
    await page.getByText('Maak een keuze.').first().waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('the confirmation before a status change', async () => {
    await page.getByRole('button', { name: 'Terugzetten naar concept' }).click();
    await page.getByRole('dialog', { name: 'Plan terugzetten naar concept?' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('wat is er veranderd', async () => {
    await page.goto(`${planUrl}/wijzigingen`);
    await page.getByRole('heading', { level: 3, name: 'Wijzigingen' }).waitFor();
    await page.locator('.oogo-feed-section .oogo-empty, .oogo-feed').first().waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('logboek', async () => {
    await page.goto(`${planUrl}/logboek`);
    await page.getByRole('heading', { level: 3, name: 'Veranderingen' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  // A large page (16 activities × 6 results, a chain of 5 steps): axe needs its time.
  it('samenhang: the matrix; a chain beside the list', async () => {
    await page.goto(`${planUrl}/samenhang`);
    await page.getByRole('table', { name: 'Welke activiteit helpt bij welk resultaat' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
    await page.getByRole('button', { name: 'Toon als lijst' }).click();
    await page
      .getByRole('link', { name: 'Weerbaarheidstraining Rots en Water', exact: true })
      .first()
      .click();
    await page.getByRole('heading', { level: 4, name: /^Keten vanaf de activiteit/ }).waitFor();
    await page
      .getByRole('heading', { name: 'Per activiteit: bij welke resultaten helpt het?' })
      .waitFor();
    expect(await violationsOf(page)).toEqual([]);
  }, 120_000);

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

  it('the comments of a bouwsteen: a thread, the @mention list open, a reply form', async () => {
    await page.goto(`${planUrl}/maatschappelijke-resultaten`);
    const panel = page.getByRole('region', { name: 'Reacties op deze bouwsteen' });
    const text = panel.getByRole('textbox', { name: 'Nieuwe reactie' });
    await text.fill('Wie kijkt er mee naar de streefwaarden?');
    await panel.getByRole('button', { name: 'Reactie plaatsen' }).click();
    await panel.getByRole('article').first().waitFor();
    await text.pressSequentially('@ha');
    await page.getByRole('listbox', { name: 'Deelnemers die u kunt noemen' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
    await text.press('Escape');
    await panel
      .getByRole('button', { name: /^Reageren: / })
      .first()
      .click();
    await panel.getByRole('textbox', { name: 'Uw antwoord' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('the comments of one item, opened with "Reacties (n)"', async () => {
    const toggle = page.getByRole('button', { name: /^Reacties \(0\)/ }).first();
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    await panel.getByText('Er zijn nog geen reacties.').waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('the notifications', async () => {
    await mentionAs(
      app.baseUrl,
      DemoAccount.contributor,
      planUrl.split('/').at(-1) ?? '',
      'Demo Gemeente Noorderveen',
    );
    await page.getByRole('link', { name: /^Meldingen.*1 ongelezen melding$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('Nieuw', { exact: true }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
  });

  it('a page that does not exist', async () => {
    await page.goto(`${app.baseUrl}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    expect(await violationsOf(page)).toEqual([]);
    expect(planUrl).toContain('/plannen/');
  });
});
