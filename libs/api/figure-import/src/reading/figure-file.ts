// The boundary between reading a figures file (this folder) and writing its figures to a plan
// (the import service). Reading knows files, encodings, numbers, periods and gemeenten; it
// knows nothing of plans or the database.

export type FigureFileFormat = 'CSV' | 'XLSX';

/** What a column holds, as detected or as the user mapped it. */
export type ColumnRole = 'INDICATOR' | 'AREA' | 'PERIOD' | 'VALUE' | 'IGNORE';

/**
 * Why one row (or one value of a row) cannot be imported. The file as a whole is still fine.
 */
export type FigureRowProblem =
  /** No gemeente with this code or name, not even a former one. */
  | 'UNKNOWN_AREA'
  /** A former gemeente (merged, split or renamed with a new code); `hint` names its successor(s). */
  | 'MERGED_AREA'
  /** The value is not a number, nor a CBS missing-value marker. */
  | 'UNPARSABLE_NUMBER'
  | 'UNPARSABLE_PERIOD'
  /** A period in the future, or before 1990. */
  | 'PERIOD_OUT_OF_RANGE'
  /** No indicator name (long format: the indicator cell is empty). */
  | 'MISSING_INDICATOR'
  /** The same indicator × area × period appears earlier in the file; the first one counts. */
  | 'DUPLICATE_ROW';

export interface FigureColumn {
  /** 0-based position in the file. */
  index: number;
  header: string;
  /** The role detected from the header and the first rows. */
  detectedRole: ColumnRole;
  /** The first few values of the column, as text. */
  samples: string[];
}

/** Which column is what. Wide files (one column per indicator) have several value columns. */
export interface FigureMapping {
  areaColumn: number;
  periodColumn: number;
  valueColumns: number[];
  /** Long files: the column naming the indicator of each row; null for wide files. */
  indicatorColumn: number | null;
}

export type RowOutcome =
  | {
      kind: 'figure';
      /** 1-based, as a spreadsheet shows it (the header row included). */
      rowNumber: number;
      /** Long files: the indicator cell; wide files: the value column's header without its unit. */
      indicatorName: string;
      /** From a header like "Jongeren met jeugdhulp (%)": "%"; null when the file does not say. */
      unit: string | null;
      /** CBS code: GM0363, or NL01 for Nederland. */
      areaCode: string;
      areaName: string;
      /** Normalised CBS period code: 2023JJ00, 2023KW01, 2023MM03. */
      period: string;
      value: number;
    }
  /** A CBS missing-value marker (`.`, `x`, `-`, empty): no figure, not an error. */
  | { kind: 'missing'; rowNumber: number }
  | {
      kind: 'rejected';
      rowNumber: number;
      problem: FigureRowProblem;
      /** The offending cell's text, at most 100 characters. */
      cell: string;
      /** Extra help, e.g. for MERGED_AREA: "opgegaan in GM1980 Dijk en Waard (2022)". */
      hint?: string;
    };

export interface FigureFile {
  format: FigureFileFormat;
  /** CSV only: 'UTF-8' or 'WINDOWS-1252'. */
  encoding: string | null;
  /** CSV only: ';', ',' or tab. */
  delimiter: string | null;
  decimalSeparator: ',' | '.';
  /** Data rows (excluding the header and any title/footer lines CBS adds). */
  rowCount: number;
  columns: FigureColumn[];
  detectedMapping: FigureMapping;
  /**
   * Streams every data row interpreted with `mapping`, one outcome per value cell, in file
   * order, without holding the file's rows in memory. Throws FigureFileRefused for hostile
   * content found on the way (e.g. a formula).
   */
  rows(mapping: FigureMapping): AsyncIterable<RowOutcome>;
}

/** Why a whole file is refused; nothing of it is imported. */
export type FileRefusal =
  | 'FILE_TOO_LARGE'
  | 'TOO_MANY_ROWS'
  /** Not CSV or XLSX text/workbook, e.g. a binary or a PDF. */
  | 'UNSUPPORTED_FILE'
  /** Looks like CSV/XLSX but cannot be read (corrupt zip, broken quoting, no header row). */
  | 'FILE_UNREADABLE'
  /** A zip bomb: the workbook unpacks to far more than a real export would. */
  | 'FILE_TOO_LARGE_UNPACKED'
  /** A cell starts with =, +, @ or another spreadsheet formula trigger. */
  | 'FORMULA_IN_FILE'
  /** A header, but no area, period or value column could be found, or no data rows. */
  | 'NO_FIGURES';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 200_000;

export class FigureFileRefused extends Error {
  constructor(
    readonly refusal: FileRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'FigureFileRefused';
  }
}

/**
 * Implemented in `open-figure-file.ts`:
 * `openFigureFile(bytes: Buffer, fileName: string, options?: { today?: Date; extraAreas?: Area[] })`
 * sniffs the format, refuses hostile files (FigureFileRefused) and reads the header and the
 * first rows for the preview; `today` bounds PERIOD_OUT_OF_RANGE (tests pin it), `extraAreas`
 * are gemeenten the list does not know (the demo region's).
 */
