import {
  DemoAccount,
  openDemoPlan,
  signInAs,
  useFreshPage,
  useRunningApp,
} from '@oogo/testing-e2e';
import type { Page } from 'playwright-core';

const app = useRunningApp();

describe('members and roles', () => {
  const fresh = useFreshPage();
  let page: Page;

  beforeEach(() => {
    page = fresh.page;
  });

  async function openMembers(email: string) {
    await signInAs(page, app.baseUrl, email);
    await openDemoPlan(page);
    await page
      .getByRole('navigation', { name: 'Onderdelen van het plan' })
      .getByRole('link', { name: 'Deelnemers' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Deelnemers' }).waitFor();
  }

  it('lets the coordinator invite, see and revoke an invitation, and change a role', async () => {
    await openMembers(DemoAccount.coordinator);
    const table = page.getByRole('table', { name: 'Deelnemers aan dit plan' });
    await table.getByText(DemoAccount.viewer).waitFor(); // coordinators see e-mail addresses

    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page
      .locator('.utrecht-form-field__error-message')
      .getByText('Vul dit veld in.')
      .waitFor();
    await page.locator('.utrecht-form-field__error-message').getByText('Maak een keuze.').waitFor();

    await page.getByLabel('E-mailadres').fill('nieuwe.collega@demo.example');
    await page.getByLabel('Namens welke organisatie').selectOption({ label: 'Gemeente Haverdijk' });
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page
      .getByText(/De uitnodiging voor nieuwe\.collega@demo\.example is (verstuurd|gemaakt)/)
      .waitFor();
    const pending = page.getByRole('table', { name: 'Uitnodigingen die nog niet zijn aangenomen' });
    await pending.getByText('nieuwe.collega@demo.example').waitFor();

    await pending
      .getByRole('button', { name: 'Uitnodiging intrekken: nieuwe.collega@demo.example' })
      .click();
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('Er zijn geen openstaande uitnodigingen.').waitFor();

    const viewerRow = table.getByRole('row').filter({ hasText: DemoAccount.viewer });
    await viewerRow.getByRole('combobox').selectOption('CONTRIBUTOR');
    await page.getByText(/De rol van .* is nu: Bijdrager\./).waitFor();
  });

  it('keeps the last coordinator, and says why', async () => {
    await openMembers(DemoAccount.coordinator);
    const table = page.getByRole('table', { name: 'Deelnemers aan dit plan' });
    const myRow = table.getByRole('row').filter({ hasText: DemoAccount.coordinator });
    await myRow.getByRole('combobox').selectOption('EDITOR');
    await page
      .getByRole('alert')
      .getByText(
        'Een plan heeft altijd minstens één coördinator. Maak eerst iemand anders coördinator.',
      )
      .waitFor();
  });

  it('shows others who takes part, without e-mail addresses or controls', async () => {
    await openMembers(DemoAccount.viewer);
    const table = page.getByRole('table', { name: 'Deelnemers aan dit plan' });
    await table.getByRole('row').nth(3).waitFor();
    expect(await table.getByText(DemoAccount.coordinator).count()).toBe(0);
    expect(await table.getByRole('combobox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Uitnodiging versturen' }).count()).toBe(0);
  });
});
