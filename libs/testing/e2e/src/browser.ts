import { Browser, chromium, Page } from 'playwright-core';

/**
 * Debian's Chromium (apt-get install chromium), not a downloaded build. The network flags
 * keep it from calling home, which this machine's closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** A page in a context of its own (cookies, storage), as a Dutch user would have it. */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  return context.newPage();
}

/**
 * One Chromium for the calling test file: launched before its tests, closed after them.
 * Read `.browser` inside tests or hooks.
 */
export function useBrowser(): { readonly browser: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium starts in beforeAll; read .browser in a test');
      return browser;
    },
  };
}

/** A fresh page (its own cookies) for every test of the calling file. */
export function useFreshPage(): { readonly page: Page } {
  const chromium = useBrowser();
  let page: Page | undefined;
  beforeEach(async () => {
    page = await openPage(chromium.browser);
  });
  afterEach(async () => {
    await page?.context().close();
  });
  return {
    get page(): Page {
      if (!page) throw new Error('The page opens in beforeEach; read .page in a test');
      return page;
    },
  };
}
