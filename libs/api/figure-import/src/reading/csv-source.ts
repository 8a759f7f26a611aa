import Papa from 'papaparse';
import { FigureFileRefused } from './figure-file';
import type { RecordSource } from './table';

export type CsvEncoding = 'UTF-8' | 'WINDOWS-1252' | 'UTF-16LE' | 'UTF-16BE';
export type CsvDelimiter = ';' | ',' | '\t';

/**
 * Decodes CSV bytes: UTF-16 when it has that BOM (Excel's "Unicode text"), UTF-8 when the bytes
 * are valid UTF-8 (a BOM is dropped), else Windows-1252, which older Excel and CBS exports use.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16BE' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'WINDOWS-1252' };
  }
}

/** Enough of the start of a file to see its delimiter, header and first rows. */
const SNIFF_CHARS = 64 * 1024;
const SNIFF_RECORDS = 50;

/**
 * The delimiter that splits the most of the first records into the same number (≥ 2) of
 * fields; title lines and decimal commas make the simple "most frequent character" guess fail.
 * On a tie, the one giving more fields wins, then ; before tab before ,.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const start = text.slice(0, SNIFF_CHARS);
  let best: { delimiter: CsvDelimiter; rows: number; fields: number } = {
    delimiter: ';',
    rows: 0,
    fields: 0,
  };
  for (const delimiter of [';', '\t', ','] as const) {
    const records = Papa.parse<string[]>(start, { delimiter, preview: SNIFF_RECORDS }).data;
    const counts = new Map<number, number>();
    for (const record of records) {
      if (record.length >= 2) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    }
    for (const [fields, rows] of counts) {
      if (rows > best.rows || (rows === best.rows && fields > best.fields)) {
        best = { delimiter, rows, fields };
      }
    }
  }
  return best.delimiter;
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const start = text.slice(0, SNIFF_CHARS);
  if (start.includes('\r\n')) return '\r\n';
  if (start.includes('\n')) return '\n';
  return start.includes('\r') ? '\r' : '\n';
}

/** Text parsed per step; a record longer than this means a quote that never closes. */
const CHUNK_CHARS = 256 * 1024;
const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Streams the records of decoded CSV text, parsing one chunk at a time with papaparse's
 * parser, so only a chunk's records exist at once. Empty lines count as rows, as in a
 * spreadsheet.
 */
export function csvRecords(text: string, delimiter: CsvDelimiter): RecordSource {
  const newline = detectNewline(text);
  return async function* () {
    const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    let position = 0;
    let partial = '';
    let rowNumber = 0;
    while (position < text.length || partial !== '') {
      const chunk = text.slice(position, position + CHUNK_CHARS);
      position += chunk.length;
      const last = position >= text.length;
      const input = partial + chunk;
      const results = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
      if (last && results.errors.some((error) => error.code === 'MissingQuotes')) {
        throw new FigureFileRefused(
          'FILE_UNREADABLE',
          'A quoted field is never closed; the CSV file is broken.',
        );
      }
      partial = last ? '' : input.slice(results.meta.cursor);
      if (partial.length > MAX_RECORD_CHARS) {
        throw new FigureFileRefused(
          'FILE_UNREADABLE',
          'A line is longer than 1 MB; a quoted field is probably never closed.',
        );
      }
      for (const cells of results.data) {
        rowNumber += 1;
        yield { rowNumber, cells };
      }
      // Let other work (and the event loop) run between chunks.
      await Promise.resolve();
    }
  };
}
