import type { Cell } from './cells';

/** How a column's cells are written: text, a number (with a format), or a date (ISO text in). */
export type ColumnType = 'text' | 'number' | 'date';

export interface Column {
  header: string;
  type: ColumnType;
  /** Width in characters (XLSX). */
  width: number;
  /** Excel number format for number columns, e.g. `0.0##`; dates get `dd-mm-yyyy`. */
  numberFormat?: string;
  /** Centre the cells (XLSX), e.g. the ✓ of a matrix. */
  center?: boolean;
}

export type Rows = Iterable<readonly Cell[]> | AsyncIterable<readonly Cell[]>;

/**
 * One table of an export: a CSV file, or a sheet of a workbook. Rows may be an async
 * iterable read from the database page by page, so a large table is never held in memory.
 */
export interface Table {
  /** The sheet name (at most 31 characters, Excel's limit). */
  name: string;
  columns: readonly Column[];
  rows: Rows;
  /** Columns kept in view while scrolling sideways (the matrix's activity names). */
  frozenColumns?: number;
}
