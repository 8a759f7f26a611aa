/** What an export cell holds: text, a number, or nothing. Dates travel as ISO text (YYYY-MM-DD). */
export type Cell = string | number | null;

// OWASP "CSV injection": a spreadsheet treats a cell starting with one of these as a formula
// (tab and CR can hide one), so text that starts with them gets a leading apostrophe, which
// spreadsheets show as text. Numbers are never text and stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made harmless for a spreadsheet: `=SUM(A1)` → `'=SUM(A1)`. */
export function safeText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number as Dutch Excel reads it: decimal comma, no thousands separator, never an exponent
 * (JavaScript writes 0.0000001 as 1e-7, which Excel would not take for a number).
 */
export function dutchNumber(value: number): string {
  let text = String(value);
  if (/e/i.test(text)) {
    text = value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  }
  return text.replace('.', ',');
}

// RFC 4180: quote a field holding the separator, a quote or a line break; double its quotes.
const NEEDS_QUOTES = /[";\r\n]/;

/** One CSV field for Dutch Excel (semicolon separated, decimal comma). */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return dutchNumber(cell);
  const text = safeText(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-terminated as Excel writes it. */
export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(';')}\r\n`;
}

/** The byte order mark that makes Excel read a CSV as UTF-8 instead of Windows-1252. */
export const BOM = '\uFEFF';
