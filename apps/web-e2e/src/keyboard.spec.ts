import { DemoAccount, DEMO_PASSWORD, openPage, useBrowser, useRunningApp } from '@oogo/testing-e2e';
import type { Page } from 'playwright-core';

const app = useRunningApp();

/** What has focus: its role-ish tag, accessible text, and whether a focus ring is drawn. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return null;
    const style = getComputedStyle(element);
    const label =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent ??
      '';
    return {
      tag: element.tagName.toLowerCase(),
      text: label.trim().replace(/\s+/g, ' '),
      ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until the focused element's text starts with `text`; fails after `max` presses. */
async function tabTo(page: Page, text: string, max = 40): Promise<void> {
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now?.text.startsWith(text)) {
      expect(now.ring).toBe(true); // WCAG 2.4.7: focus is visible
      return;
    }
  }
  throw new Error(`"${text}" not reached with Tab (last: ${JSON.stringify(await focused(page))})`);
}

describe('keyboard only: the main flow without a mouse', () => {
  const chromium = useBrowser();

  it('logs in, opens the plan, goes to a bouwsteen, edits and saves an item', async () => {
    const page = await openPage(chromium.browser);
    await page.goto(`${app.baseUrl}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    await tabTo(page, 'E-mailadres');
    await page.keyboard.type(DemoAccount.coordinator);
    await tabTo(page, 'Wachtwoord');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Mijn plannen' }).waitFor();

    await tabTo(page, 'Ontwikkelagenda');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Kompas' }).waitFor();
    // After a page change, focus is on the new page's content, not on the old link.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, '2Maatschappelijke resultaten');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Maatschappelijke resultaten' }).waitFor();

    await tabTo(page, 'Bewerken: Ervaren gezondheid');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Streefwaarde');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('87');
    await page.keyboard.press('Enter'); // submits the form
    await page.getByRole('status').getByText('Opgeslagen.').first().waitFor();
    // Focus returns to the edit button of the same item.
    expect((await focused(page))?.text).toBe('Bewerken: Ervaren gezondheid (goed/zeer goed)');
    await page.getByText('87 % (2028)', { exact: false }).first().waitFor();

    await page.context().close();
  });
});
