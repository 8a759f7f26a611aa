import AxeBuilder from '@axe-core/playwright';
import { launchChromium, openPage, useRunningApp } from '@oogo/testing-e2e';
import type { Browser } from 'playwright-core';

const app = useRunningApp();

describe('accessibility', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the start page has no axe violations (WCAG 2.2 AA and best practices)', async () => {
    const page = await openPage(browser);
    await page.goto(app.baseUrl);
    await page.getByText('Verbonden met de server.').waitFor();

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();

    expect(
      results.violations.map(({ id, help, nodes }) => ({
        id,
        help,
        targets: nodes.map((node) => node.target),
      })),
    ).toEqual([]);
    expect(results.passes.length).toBeGreaterThan(10);
    await page.context().close();
  });
});
