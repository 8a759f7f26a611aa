import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { safeText, type Cell } from './cells';
import type { Column, Table } from './table';

const DATE_FORMAT = 'dd-mm-yyyy';
/** Rows between checks whether the receiver is keeping up. */
const ROWS_PER_CHECK = 500;

/** Waits for the receiver when it has more buffered than it wants (a slow download). */
async function whenReceiverHasRoom(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

function cellValue(column: Column | undefined, cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  // An ISO date as a real date: sortable and filterable in Excel.
  if (column?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(cell)) {
    return new Date(`${cell}T00:00:00Z`);
  }
  return safeText(cell);
}

/** Excel's A1 name of a 1-based column: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  out: Writable,
  table: Table,
): Promise<void> {
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
    views: [{ state: 'frozen', xSplit: table.frozenColumns ?? 0, ySplit: 1 }],
  });
  // Styles on the column reach every cell made in it: cheaper than styling each cell.
  sheet.columns = table.columns.map((column) => ({
    width: column.width,
    style: {
      ...(column.center ? { alignment: { horizontal: 'center' } } : {}),
      ...(column.type === 'text'
        ? {}
        : { numFmt: column.type === 'date' ? DATE_FORMAT : (column.numberFormat ?? 'General') }),
    },
  }));
  const header = sheet.addRow(table.columns.map((column) => safeText(column.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  header.commit();

  let rowCount = 1;
  for await (const cells of table.rows) {
    sheet.addRow(cells.map((cell, index) => cellValue(table.columns[index], cell))).commit();
    rowCount += 1;
    if (rowCount % ROWS_PER_CHECK === 0) await whenReceiverHasRoom(out);
  }
  // Known only now; the streaming writer puts the filter after the rows anyway.
  sheet.autoFilter = `A1:${columnLetter(table.columns.length)}${rowCount}`;
  sheet.commit();
}

/**
 * Tables as one workbook, streamed: each row goes out (zipped) as it is written, so a large
 * table is never held in memory. Header row bold and frozen, column widths, autofilter,
 * numbers as numbers, dates as dates, text defused against formulas.
 */
export async function writeXlsx(out: Writable, tables: readonly Table[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'OOGO Werkplaats';
  workbook.created = new Date();
  for (const table of tables) await writeSheet(workbook, out, table);
  await workbook.commit();
}
