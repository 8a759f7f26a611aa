/** Text and number rules for figure cells, shared by the CSV and XLSX readers. */

export type DecimalSeparator = ',' | '.';

/** What CBS and monitors write for "no figure": unknown, secret, nil, not applicable. */
const MISSING_MARKERS = new Set(['', '.', '..', 'x', '-', '?', '–', '—']);

export function isMissingMarker(text: string): boolean {
  return MISSING_MARKERS.has(text.trim().toLowerCase());
}

const SIGNED_NUMBER = /^[-+\u2212]\s*\d[\d.,\s\u00a0\u202f]*%?$/;

/**
 * True for text a spreadsheet would run as a formula when the file is opened again (CSV
 * injection): it starts with =, +, @, a tab or CR, or with - followed by something that is not
 * a number. A lone `-` is the CBS "nil" marker and `-3,5` a negative number, so both pass.
 */
export function looksLikeFormula(text: string): boolean {
  const start = text.replace(/^ +/, '');
  const first = start.charAt(0);
  if (first === '=' || first === '+' || first === '@' || first === '\t' || first === '\r') {
    return true;
  }
  if (first !== '-') return false;
  const trimmed = start.trim();
  return trimmed !== '-' && !SIGNED_NUMBER.test(trimmed);
}

function parseDigits(digits: string, decimal: DecimalSeparator): number | undefined {
  const thousands = decimal === ',' ? '.' : ',';
  const parts = digits.split(decimal);
  if (parts.length > 2) return undefined;
  const [integerPart, fraction] = parts;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return undefined;
  let integer = integerPart;
  if (integer.includes(thousands)) {
    const grouped = new RegExp(`^\\d{1,3}(?:\\${thousands}\\d{3})+$`);
    if (!grouped.test(integer)) return undefined;
    integer = integer.split(thousands).join('');
  } else if (!/^\d+$/.test(integer)) {
    return undefined;
  }
  return Number(fraction === undefined ? integer : `${integer}.${fraction}`);
}

/**
 * Parses `12,5`, `12.5`, `1.234,5`, `1,234.5`, `-3,5`, `12,5%` or ` 7 `. The file's decimal
 * separator decides ambiguous text (`1.234` is 1234 in a decimal-comma file); text that only
 * makes sense with the other separator (`12.5` in a decimal-comma file) is read that way.
 */
export function parseFigureNumber(text: string, decimal: DecimalSeparator): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  const match = /^([-+\u2212])?(\d[\d.,]*)$/.exec(compact);
  if (!match) return undefined;
  const other: DecimalSeparator = decimal === ',' ? '.' : ',';
  const magnitude = parseDigits(match[2], decimal) ?? parseDigits(match[2], other);
  if (magnitude === undefined || !Number.isFinite(magnitude)) return undefined;
  return match[1] && match[1] !== '+' ? -magnitude : magnitude;
}

/**
 * Which decimal separator a number-like text shows, if it shows one: `12,5` and `1.234,5` say
 * comma, `12.5` and `1,234.5` say point; `1.234`, `1,234` and `12` say nothing.
 */
export function decimalEvidence(text: string): DecimalSeparator | null {
  const compact = text.replace(/[\s\u00a0\u202f%\-+\u2212]/g, '');
  if (!/^\d[\d.,]*$/.test(compact)) return null;
  const lastComma = compact.lastIndexOf(',');
  const lastPoint = compact.lastIndexOf('.');
  if (lastComma >= 0 && lastPoint >= 0) return lastComma > lastPoint ? ',' : '.';
  const index = Math.max(lastComma, lastPoint);
  if (index < 0) return null;
  const separator = compact.charAt(index) as DecimalSeparator;
  const once = compact.indexOf(separator) === index;
  const decimalsAfter = compact.length - index - 1;
  // One separator with exactly three digits after it could be a thousands separator.
  if (once && decimalsAfter !== 3) return separator;
  return null;
}
