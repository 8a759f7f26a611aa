import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { FigureFileRefused } from './figure-file';
import type { RawCell, RecordSource } from './table';

/** A real export of 200,000 rows unpacks to well under this. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** An entry this large that packed this well is a bomb, not a worksheet. */
export const MAX_ENTRY_RATIO = 100;
export const RATIO_CHECK_FROM_BYTES = 10 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 1_000;

function unreadable(detail: string): FigureFileRefused {
  return new FigureFileRefused('FILE_UNREADABLE', `The workbook cannot be read: ${detail}.`);
}

function bomb(detail: string): FigureFileRefused {
  return new FigureFileRefused(
    'FILE_TOO_LARGE_UNPACKED',
    `The workbook unpacks to far more than a figures export would (${detail}).`,
  );
}

/**
 * Checks the zip before any workbook reader sees it: the central directory must be readable,
 * name xl/workbook.xml, and promise a sane size; then every entry is inflated once, counting
 * bytes, because a hostile zip can lie in its directory (yauzl refuses an entry that inflates
 * to more than it declared).
 */
export async function inspectWorkbookZip(bytes: Buffer): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    throw unreadable((error as Error).message);
  }
  try {
    if (zip.entryCount > MAX_ZIP_ENTRIES) throw bomb(`${zip.entryCount} entries`);
    const entries: yauzl.Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      if (entries.length > MAX_ZIP_ENTRIES) throw bomb(`more than ${MAX_ZIP_ENTRIES} entries`);
      declared += entry.uncompressedSize;
      if (declared > MAX_UNPACKED_BYTES) throw bomb(`more than ${MAX_UNPACKED_BYTES} bytes`);
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > RATIO_CHECK_FROM_BYTES && ratio > MAX_ENTRY_RATIO) {
        throw bomb(`${entry.fileName} packs ${Math.round(ratio)} to 1`);
      }
    }
    if (!entries.some((entry) => entry.fileName === 'xl/workbook.xml')) {
      throw new FigureFileRefused(
        'FILE_UNREADABLE',
        'The file is a zip archive but not an Excel workbook (no xl/workbook.xml).',
      );
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const stream = await zip.openReadStreamPromise(entry);
      for await (const _chunk of stream) {
        // Inflating is the check: yauzl errors when the data does not match the directory.
      }
    }
  } catch (error) {
    if (error instanceof FigureFileRefused) throw error;
    throw unreadable((error as Error).message);
  } finally {
    zip.close();
  }
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** A worksheet cell as text or number; a formula refuses the file (a StatLine export has none). */
function toRawCell(value: ExcelJS.CellValue, rowNumber: number): RawCell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if ('formula' in value || 'sharedFormula' in value) {
    throw new FigureFileRefused(
      'FORMULA_IN_FILE',
      `Row ${rowNumber} has a formula; save the workbook as values (copy, paste values) and upload it again.`,
    );
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * Streams the rows of the first worksheet with exceljs's streaming reader, so a large workbook
 * is never held in memory as a whole. Call inspectWorkbookZip first.
 */
export function xlsxRecords(bytes: Buffer): RecordSource {
  return async function* () {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      worksheets: 'emit',
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      entries: 'ignore',
    });
    // exceljs looks a worksheet up in the workbook's model, which it only has once it has read
    // xl/workbook.xml; a worksheet read before that throws "reading 'sheets'" (exceljs#962),
    // as seen in CI. We need no sheet names (the first worksheet is the one), so start empty.
    (reader as unknown as { model?: object }).model = { sheets: [] };
    try {
      for await (const worksheet of reader) {
        for await (const row of worksheet) {
          const values = row.values as ExcelJS.CellValue[];
          const cells: RawCell[] = [];
          for (let column = 1; column < values.length; column += 1) {
            cells.push(toRawCell(values[column], row.number));
          }
          yield { rowNumber: row.number, cells };
        }
        // Only the first worksheet holds the figures.
        return;
      }
    } catch (error) {
      if (error instanceof FigureFileRefused) throw error;
      throw unreadable((error as Error).message);
    }
  };
}
