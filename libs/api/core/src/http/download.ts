import { Logger } from '@nestjs/common';
import type { Response } from 'express';

const logger = new Logger('Download');

export const CSV_TYPE = 'text/csv; charset=utf-8';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const JSON_TYPE = 'application/json; charset=utf-8';

/** "Regio Veenmeren" → "regio-veenmeren": safe in a file name on every system. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'bestand'
  );
}

/** Today in the Netherlands as YYYY-MM-DD (a download at 00:30 carries that day's date). */
export function dutchDate(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** e.g. `samenhang-regio-veenmeren-2026-03-01.xlsx` */
export function exportFileName(kind: string, subject: string, extension: string): string {
  return `${kind}-${slug(subject)}-${dutchDate()}.${extension}`;
}

/** Headers of a file download: a name to save it as, and never kept in a cache. */
export function startDownload(response: Response, fileName: string, contentType: string): void {
  response.status(200);
  response.setHeader('Content-Type', contentType);
  // The slug is plain ASCII, so both forms say the same.
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  // Exports hold plan data (and, for AVG, personal data): no shared or browser cache.
  response.setHeader('Cache-Control', 'no-store');
}

/**
 * Sends a file that is written while it is sent. Before the first byte, a failure is an
 * ordinary error response (thrown on to the exception filter's JSON); after it, the status
 * line is gone, so the connection is cut (the browser reports an incomplete download, not a
 * broken file) and the log says why.
 */
export async function sendDownload(
  response: Response,
  fileName: string,
  contentType: string,
  write: (out: Response) => Promise<void>,
): Promise<void> {
  startDownload(response, fileName, contentType);
  try {
    await write(response);
    if (!response.writableEnded) response.end();
  } catch (error) {
    if (!response.headersSent) {
      response.removeHeader('Content-Disposition');
      response.removeHeader('Content-Type');
      throw error;
    }
    response.destroy(error as Error);
    logger.warn(`Download ${fileName} broke off: ${(error as Error).message}`);
  }
}
