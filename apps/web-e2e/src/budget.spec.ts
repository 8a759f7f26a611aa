import { openPage, useBrowser, useRunningApp } from '@oogo/testing-e2e';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

const app = useRunningApp();

/** Every script the page loaded, gzipped as a server would send it. */
function collectScripts(page: Page): Map<string, number> {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!url.endsWith('.js')) return;
    scripts.set(url, gzipSync(await response.body()).length);
  });
  return scripts;
}

async function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]?.startTime ?? 0);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

describe('performance budget of the first page', () => {
  const chromium = useBrowser();

  it('loads at most 250 KiB of JavaScript (gzipped) for the first page, the login', async () => {
    const page = await openPage(chromium.browser);
    const scripts = collectScripts(page);
    await page.goto(`${app.baseUrl}/`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    const totalKiB = [...scripts.values()].reduce((sum, size) => sum + size, 0) / 1024;
    const lcp = await largestContentfulPaint(page);
    const navigation = await page.evaluate(() => {
      const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return { domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd };
    });
    // The figures for the record (README, closing note); only the size is a hard rule here.
    console.log(
      `first page: ${scripts.size} scripts, ${totalKiB.toFixed(1)} KiB gzipped; ` +
        `LCP ${lcp.toFixed(0)} ms, DOMContentLoaded ${navigation.domContentLoaded.toFixed(0)} ms, ` +
        `load ${navigation.load.toFixed(0)} ms (local server, no throttling)`,
    );
    expect(totalKiB).toBeLessThanOrEqual(250);
    expect(lcp).toBeGreaterThan(0);
    await page.context().close();
  });
});
