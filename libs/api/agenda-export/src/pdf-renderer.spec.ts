import { Logger } from '@nestjs/common';
import { loadConfig } from '@oogo/api-core';
import {
  MAX_PDFS_IN_LINE,
  PdfNotRenderedError,
  PdfQueueFullError,
  PdfRenderer,
} from './pdf-renderer';

describe('PdfRenderer without Chromium', () => {
  it('answers INTERNAL with a reason, logs why, and tries again for the next PDF', async () => {
    const logged: string[] = [];
    const error = jest
      .spyOn(Logger.prototype, 'error')
      .mockImplementation((message: unknown) => void logged.push(String(message)));
    const renderer = new PdfRenderer(loadConfig({ CHROMIUM_PATH: '/nonexistent/chromium' }));
    const page = { html: '<p>x</p>', footerHtml: '<span></span>' };
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        const failure = await renderer.render(page).catch((caught: unknown) => caught);
        expect(failure).toBeInstanceOf(PdfNotRenderedError);
        expect(failure).toMatchObject({
          code: 'INTERNAL',
          details: { reason: 'PDF_NOT_RENDERED' },
        });
      }
      expect(logged).toHaveLength(2);
      expect(logged[0]).toMatch(/Chromium did not start from \/nonexistent\/chromium/);
    } finally {
      error.mockRestore();
      await renderer.onModuleDestroy();
    }
  });

  it('asks for a retry (RATE_LIMITED) when too many PDFs wait, and takes new ones after', async () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const renderer = new PdfRenderer(loadConfig({ CHROMIUM_PATH: '/nonexistent/chromium' }));
    const page = { html: '<p>x</p>', footerHtml: '<span></span>' };
    try {
      const outcomes = await Promise.all(
        Array.from({ length: MAX_PDFS_IN_LINE + 2 }, () =>
          renderer.render(page).catch((caught: unknown) => caught),
        ),
      );
      expect(outcomes.filter((o) => o instanceof PdfNotRenderedError)).toHaveLength(
        MAX_PDFS_IN_LINE,
      );
      const refused = outcomes.filter((o) => o instanceof PdfQueueFullError);
      expect(refused).toHaveLength(2);
      expect(refused[0]).toMatchObject({ code: 'RATE_LIMITED' });
      // The line is empty again: the next PDF is tried, not refused.
      expect(await renderer.render(page).catch((caught: unknown) => caught)).toBeInstanceOf(
        PdfNotRenderedError,
      );
    } finally {
      error.mockRestore();
      await renderer.onModuleDestroy();
    }
  });
});
