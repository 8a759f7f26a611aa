import AxeBuilder from '@axe-core/playwright';
import {
  DEMO_PASSWORD,
  DemoAccount,
  launchChromium,
  openDemoPlan,
  openPage,
  signInAs,
  useRunningApp,
} from '@oogo/testing-e2e';
import { request, type Browser, type Page } from 'playwright-core';

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
