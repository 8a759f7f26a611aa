import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, DomainError } from '@oogo/api-core';
import type { AppConfig } from '@oogo/api-core';
import { ErrorCode, ErrorReason } from '@oogo/shared-domain';
import { type Browser, chromium } from 'playwright-core';

/** The PDF could not be made; the log says why. */
export class PdfNotRenderedError extends DomainError {
  constructor() {
    super(ErrorCode.INTERNAL, 'The PDF could not be made. Try again later, or download the DOCX.', {
      reason: ErrorReason.PDF_NOT_RENDERED,
    });
  }
}

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// A stuck render must not hold the queue (and everyone waiting in it) for ever.
const RENDER_TIMEOUT_MS = 60_000;
// More PDFs than this in line is a flood, not a meeting: the rest are asked to try again.
export const MAX_PDFS_IN_LINE = 8;

/** Too many PDFs are being made right now. */
export class PdfQueueFullError extends DomainError {
  constructor() {
    super(ErrorCode.RATE_LIMITED, 'Many PDFs are being made right now. Try again in a minute.');
  }
}

export interface PdfPage {
  html: string;
  footerHtml: string;
}

/**
 * Prints HTML to a tagged PDF with Chromium. The browser starts with the first PDF and is
 * reused; renders run one at a time (each takes a lot of memory on a small server); the page
 * runs no scripts and reaches nothing outside itself.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger('PdfRenderer');
  private browser?: Promise<Browser>;
  private queue: Promise<unknown> = Promise.resolve();
  private inLine = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  render(page: PdfPage): Promise<Buffer> {
    if (this.inLine >= MAX_PDFS_IN_LINE) return Promise.reject(new PdfQueueFullError());
    this.inLine += 1;
    const next = this.queue
      .then(() => this.renderNow(page))
      .finally(() => {
        this.inLine -= 1;
      });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async onModuleDestroy(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    await (await browser?.catch(() => undefined))?.close();
  }

  private async renderNow({ html, footerHtml }: PdfPage): Promise<Buffer> {
    const browser = await this.launched();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      // The HTML is self-contained: anything it would fetch is refused.
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerHtml,
      });
    } catch (error) {
      this.logger.error(`Rendering a PDF failed: ${String(error)}`);
      throw new PdfNotRenderedError();
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private launched(): Promise<Browser> {
    if (this.browser) return this.browser;
    const executablePath = this.config.chromiumPath;
    const launching: Promise<Browser> = chromium.launch({ executablePath, args: LAUNCH_ARGS }).then(
      (browser) => {
        // A browser that crashed is started again for the next PDF.
        browser.on('disconnected', () => {
          if (this.browser === launching) this.browser = undefined;
        });
        return browser;
      },
      (error: unknown) => {
        if (this.browser === launching) this.browser = undefined;
        this.logger.error(
          `Chromium did not start from ${executablePath} (set CHROMIUM_PATH): ${String(error)}`,
        );
        throw new PdfNotRenderedError();
      },
    );
    this.browser = launching;
    return launching;
  }
}
