import { type Area, AreaResolver } from '../areas/areas';
import { csvRecords, decodeCsv, detectDelimiter } from './csv-source';
import {
  type FigureFile,
  FigureFileRefused,
  type FigureMapping,
  MAX_FILE_BYTES,
} from './figure-file';
import { type RecordSource, scanTable, tableOutcomes } from './table';
import { inspectWorkbookZip, xlsxRecords } from './xlsx-source';

export interface OpenFigureFileOptions {
  /** Periods starting after this day are PERIOD_OUT_OF_RANGE; tests pin it. Default: now. */
  today?: Date;
  /**
   * Areas that resolve besides the real gemeenten, e.g. the plan's own gemeente organisations
   * (the demo region's GM1997–GM1999 are fictional). They win over the shipped list.
   */
  extraAreas?: readonly Area[];
}

const MAGIC_NUMBERS: ReadonlyArray<[string, number[]]> = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a Windows program', [0x4d, 0x5a]],
  ['a Linux program', [0x7f, 0x45, 0x4c, 0x46]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
  ['an old Excel (.xls) or Word file; save it as .xlsx or CSV', [0xd0, 0xcf, 0x11, 0xe0]],
];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function unsupported(what: string): FigureFileRefused {
  return new FigureFileRefused('UNSUPPORTED_FILE', `The file is ${what}, not CSV or XLSX.`);
}

/** Control characters other than tab, CR, LF and form feed do not occur in a text export. */
function hasBinaryCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

function todayIso(today: Date): string {
  return today.toISOString().slice(0, 10);
}

/**
 * Opens an uploaded figures file (CSV or XLSX, sniffed from its bytes, not its name): refuses
 * hostile or unusable files with FigureFileRefused, reads it once to find the header, columns,
 * decimal separator and row count, and returns a FigureFile whose rows() streams the outcomes.
 */
export async function openFigureFile(
  bytes: Buffer,
  fileName: string,
  options: OpenFigureFileOptions = {},
): Promise<FigureFile> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FigureFileRefused(
      'FILE_TOO_LARGE',
      `The file is ${bytes.length} bytes; at most ${MAX_FILE_BYTES} bytes are accepted.`,
    );
  }
  if (bytes.length === 0) throw new FigureFileRefused('NO_FIGURES', 'The file is empty.');
  const magic = MAGIC_NUMBERS.find(([, numbers]) => startsWith(bytes, numbers));
  if (magic) throw unsupported(magic[0]);

  const today = todayIso(options.today ?? new Date());
  const areas = new AreaResolver(options.extraAreas);
  const isZip = startsWith(bytes, ZIP_MAGIC);
  if (!isZip && /\.xlsx$/i.test(fileName)) {
    throw new FigureFileRefused('FILE_UNREADABLE', 'The .xlsx file is not a zip archive.');
  }

  let source: RecordSource;
  let csv: { encoding: string; delimiter: string } | null = null;
  if (isZip) {
    await inspectWorkbookZip(bytes);
    source = xlsxRecords(bytes);
  } else {
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    if (!utf16 && bytes.includes(0)) throw unsupported('binary (it contains NUL bytes)');
    const { text, encoding } = decodeCsv(bytes);
    if (hasBinaryCharacters(text)) throw unsupported('binary (it contains control characters)');
    const delimiter = detectDelimiter(text);
    csv = { encoding, delimiter };
    source = csvRecords(text, delimiter);
  }

  // A decimal-comma default suits semicolon and tab files and Dutch workbooks.
  const defaultDecimal = csv?.delimiter === ',' ? '.' : ',';
  const layout = await scanTable(source, areas, defaultDecimal);
  return {
    format: isZip ? 'XLSX' : 'CSV',
    encoding: csv?.encoding ?? null,
    delimiter: csv?.delimiter ?? null,
    decimalSeparator: layout.decimalSeparator,
    rowCount: layout.rowCount,
    columns: layout.columns,
    detectedMapping: layout.detectedMapping,
    rows: (mapping: FigureMapping) => tableOutcomes(source, layout, mapping, areas, today),
  };
}
