import type { AreaResolution, AreaResolver } from '../areas/areas';
import { foldAreaName } from '../areas/areas';
import { detectColumns, splitIndicatorHeader } from './columns';
import {
  type FigureColumn,
  FigureFileRefused,
  type FigureMapping,
  MAX_ROWS,
  type RowOutcome,
} from './figure-file';
import { type PeriodResolution, resolvePeriod } from './periods';
import {
  type DecimalSeparator,
  decimalEvidence,
  isMissingMarker,
  looksLikeFormula,
  parseFigureNumber,
} from './values';

/** A cell as a reader gives it: text, or a number from a workbook. */
export type RawCell = string | number;

/** One line of a CSV or one row of a worksheet, numbered as a spreadsheet shows it. */
export interface RawRecord {
  rowNumber: number;
  cells: RawCell[];
}

/** Streams the records of a file from its start; may be called more than once. */
export type RecordSource = () => AsyncIterable<RawRecord>;

/** Title lines above the header are searched this far down. */
const HEAD_RECORDS = 50;
/** Data rows kept for detecting column roles. */
const SAMPLE_ROWS = 25;
/** Samples shown per column in the preview. */
const COLUMN_SAMPLES = 5;
/** Distinct area and period texts remembered while streaming (a file has few). */
const CACHE_LIMIT = 10_000;

export function cellText(cell: RawCell | undefined): string {
  return cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell;
}

function filledCount(record: RawRecord): number {
  return record.cells.filter((cell) => cellText(cell).trim() !== '').length;
}

const FOOTER_STARTS = [
  'bron',
  'centraal bureau voor de statistiek',
  'cbs',
  'toelichting',
  'opmerking',
  'noot',
  'voetnoot',
  'copyright',
  'verklaring van tekens',
  'bijgewerkt',
  'gewijzigd op',
  'stand per',
  'source',
  'note',
];

/** A note CBS and monitors put below the data ("Bron: CBS"); everything after it is ignored. */
function isFooter(record: RawRecord): boolean {
  const first = record.cells.map(cellText).find((text) => text.trim() !== '');
  if (first === undefined) return false;
  const folded = foldAreaName(first);
  return FOOTER_STARTS.some((start) => folded === start || folded.startsWith(`${start} `));
}

function refuseFormulas(record: RawRecord): void {
  for (const cell of record.cells) {
    if (typeof cell === 'string' && looksLikeFormula(cell)) {
      throw new FigureFileRefused(
        'FORMULA_IN_FILE',
        `Row ${record.rowNumber} has a cell that starts like a spreadsheet formula ` +
          `(${JSON.stringify(cell.slice(0, 40))}); remove it or save the file as values.`,
      );
    }
  }
}

function tooManyRows(): FigureFileRefused {
  return new FigureFileRefused(
    'TOO_MANY_ROWS',
    `The file has more than ${MAX_ROWS.toLocaleString('en')} data rows; split it into smaller files.`,
  );
}

function isNumberLike(text: string): boolean {
  return parseFigureNumber(text, ',') !== undefined;
}

/**
 * The header is the first record with at least two filled cells, mostly text, followed by a
 * record with at least two filled cells; CBS puts title lines above it.
 */
function findHeader(head: readonly RawRecord[]): RawRecord | undefined {
  return head.find((record, index) => {
    const texts = record.cells.map(cellText).filter((text) => text.trim() !== '');
    if (texts.length < 2) return false;
    const textual = texts.filter(
      (text) => !isNumberLike(text) && !isMissingMarker(text) && typeof text === 'string',
    );
    if (textual.length * 2 < texts.length) return false;
    const next = head.slice(index + 1).find((other) => filledCount(other) > 0);
    return next !== undefined && filledCount(next) >= 2;
  });
}

export interface TableLayout {
  headerRowNumber: number;
  header: string[];
  rowCount: number;
  columns: FigureColumn[];
  detectedMapping: FigureMapping;
  decimalSeparator: DecimalSeparator;
}

/**
 * Reads the whole file once: finds the header below any title lines, counts the data rows
 * above any footer notes, refuses formulas and too many rows, keeps a few rows as samples and
 * detects the columns and the decimal separator. Holds only the samples in memory.
 */
export async function scanTable(
  source: RecordSource,
  areas: AreaResolver,
  defaultDecimal: DecimalSeparator,
): Promise<TableLayout> {
  const head: RawRecord[] = [];
  let header: RawRecord | undefined;
  let rowCount = 0;
  let ended = false;
  const samples: RawRecord[] = [];
  const evidence = new Map<number, { ',': number; '.': number }>();

  const consider = (record: RawRecord) => {
    if (ended) return;
    if (isFooter(record)) {
      ended = true;
      return;
    }
    if (filledCount(record) < 2) return;
    rowCount += 1;
    if (rowCount > MAX_ROWS) throw tooManyRows();
    if (samples.length < SAMPLE_ROWS) samples.push(record);
    record.cells.forEach((cell, index) => {
      if (typeof cell !== 'string') return;
      const separator = decimalEvidence(cell);
      if (!separator) return;
      const counts = evidence.get(index) ?? { ',': 0, '.': 0 };
      counts[separator] += 1;
      evidence.set(index, counts);
    });
  };
  const settleHeader = () => {
    header = findHeader(head);
    if (!header) {
      throw new FigureFileRefused(
        'NO_FIGURES',
        'No header row with column names was found at the top of the file.',
      );
    }
    const headerRow = header.rowNumber;
    head.filter((record) => record.rowNumber > headerRow).forEach(consider);
    head.length = 0;
  };

  for await (const record of source()) {
    refuseFormulas(record);
    if (header) consider(record);
    else {
      head.push(record);
      if (head.length >= HEAD_RECORDS) settleHeader();
    }
  }
  if (!header) settleHeader();
  const headerRecord = header as unknown as RawRecord;
  if (rowCount === 0) {
    throw new FigureFileRefused('NO_FIGURES', 'The file has a header but no data rows.');
  }

  const width = Math.max(headerRecord.cells.length, ...samples.map((row) => row.cells.length));
  const headerTexts = Array.from({ length: width }, (_, index) =>
    cellText(headerRecord.cells[index]).trim(),
  );
  const inputs = headerTexts.map((text, index) => ({
    header: text,
    samples: samples.map((row) => cellText(row.cells[index]).trim()),
  }));
  const { roles, mapping } = detectColumns(inputs, areas);
  if (!mapping) {
    const found = roles.filter((role) => role !== 'IGNORE').join(', ') || 'none';
    throw new FigureFileRefused(
      'NO_FIGURES',
      `No area, period and value columns were found (roles found: ${found}).`,
    );
  }
  const totals = { ',': 0, '.': 0 };
  for (const index of mapping.valueColumns) {
    totals[','] += evidence.get(index)?.[','] ?? 0;
    totals['.'] += evidence.get(index)?.['.'] ?? 0;
  }
  const decimalSeparator: DecimalSeparator =
    totals[','] > totals['.'] ? ',' : totals['.'] > totals[','] ? '.' : defaultDecimal;

  return {
    headerRowNumber: headerRecord.rowNumber,
    header: headerTexts,
    rowCount,
    decimalSeparator,
    detectedMapping: mapping,
    columns: inputs.map((input, index) => ({
      index,
      header: input.header,
      detectedRole: roles[index],
      samples: input.samples.filter((sample) => sample !== '').slice(0, COLUMN_SAMPLES),
    })),
  };
}

/** A mapping that points at columns the file has, each used once; else why not. */
export function mappingProblem(mapping: FigureMapping, width: number): string | null {
  const used = [
    mapping.areaColumn,
    mapping.periodColumn,
    ...mapping.valueColumns,
    ...(mapping.indicatorColumn === null ? [] : [mapping.indicatorColumn]),
  ];
  if (mapping.valueColumns.length === 0) return 'The mapping has no value column.';
  if (used.some((index) => !Number.isInteger(index) || index < 0 || index >= width)) {
    return `The mapping points at a column the file does not have (it has ${width}).`;
  }
  if (new Set(used).size !== used.length) return 'The mapping uses a column twice.';
  return null;
}

function cached<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size < CACHE_LIMIT) cache.set(key, value);
  }
  return value;
}

function clip(text: string): string {
  return text.length > 100 ? text.slice(0, 100) : text;
}

/**
 * Streams the outcomes of every data row under `mapping`: one per value cell, in file order.
 * Checks, in order: missing marker, indicator, area, period, number, duplicate.
 */
export async function* tableOutcomes(
  source: RecordSource,
  layout: TableLayout,
  mapping: FigureMapping,
  areas: AreaResolver,
  today: string,
): AsyncGenerator<RowOutcome> {
  const problem = mappingProblem(mapping, layout.header.length);
  if (problem) throw new FigureFileRefused('NO_FIGURES', problem);
  const wideIndicators = new Map(
    mapping.valueColumns.map((index) => [index, splitIndicatorHeader(layout.header[index])]),
  );
  const areaCache = new Map<string, AreaResolution>();
  const periodCache = new Map<string, PeriodResolution>();
  const firstRowOf = new Map<string, number>();
  let rowCount = 0;

  for await (const record of source()) {
    if (record.rowNumber <= layout.headerRowNumber) continue;
    refuseFormulas(record);
    if (isFooter(record)) break;
    if (filledCount(record) < 2) continue;
    rowCount += 1;
    if (rowCount > MAX_ROWS) throw tooManyRows();
    const { rowNumber, cells } = record;
    const areaText = cellText(cells[mapping.areaColumn]).trim();
    const periodText = cellText(cells[mapping.periodColumn]).trim();
    const area = cached(areaCache, areaText, (text) => areas.resolve(text));
    const period = cached(periodCache, periodText, (text) => resolvePeriod(text, today));
    const longIndicator =
      mapping.indicatorColumn === null
        ? undefined
        : splitIndicatorHeader(cellText(cells[mapping.indicatorColumn]));

    for (const column of mapping.valueColumns) {
      const cell = cells[column];
      const text = cellText(cell).trim();
      if (typeof cell !== 'number' && isMissingMarker(text)) {
        yield { kind: 'missing', rowNumber };
        continue;
      }
      const indicator = longIndicator ?? wideIndicators.get(column);
      if (!indicator || indicator.name === '') {
        yield { kind: 'rejected', rowNumber, problem: 'MISSING_INDICATOR', cell: '' };
        continue;
      }
      if (!area.ok) {
        yield {
          kind: 'rejected',
          rowNumber,
          problem: area.problem,
          cell: clip(areaText),
          ...(area.hint ? { hint: area.hint } : {}),
        };
        continue;
      }
      if (!period.ok) {
        yield { kind: 'rejected', rowNumber, problem: period.problem, cell: clip(periodText) };
        continue;
      }
      const value =
        typeof cell === 'number' ? cell : parseFigureNumber(text, layout.decimalSeparator);
      if (value === undefined || !Number.isFinite(value)) {
        yield { kind: 'rejected', rowNumber, problem: 'UNPARSABLE_NUMBER', cell: clip(text) };
        continue;
      }
      const key = `${indicator.name.toLowerCase()}\u0000${area.area.code}\u0000${period.code}`;
      const firstRow = firstRowOf.get(key);
      if (firstRow !== undefined) {
        yield {
          kind: 'rejected',
          rowNumber,
          problem: 'DUPLICATE_ROW',
          cell: clip(text),
          hint: `hetzelfde cijfer staat al in rij ${firstRow}`,
        };
        continue;
      }
      firstRowOf.set(key, rowNumber);
      yield {
        kind: 'figure',
        rowNumber,
        indicatorName: indicator.name,
        unit: indicator.unit,
        areaCode: area.area.code,
        areaName: area.area.name,
        period: period.code,
        value,
      };
    }
  }
}
