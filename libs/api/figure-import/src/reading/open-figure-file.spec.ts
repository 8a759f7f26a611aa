import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type FigureFile,
  FigureFileRefused,
  type FigureMapping,
  type FileRefusal,
  MAX_FILE_BYTES,
  type RowOutcome,
} from './figure-file';
import { openFigureFile } from './open-figure-file';

const TODAY = new Date('2025-06-01T12:00:00Z');

function fixture(name: string): Buffer {
  return readFileSync(join(__dirname, '../../fixtures', name));
}

async function open(name: string): Promise<FigureFile> {
  return openFigureFile(fixture(name), name, { today: TODAY });
}

async function outcomes(file: FigureFile, mapping?: FigureMapping): Promise<RowOutcome[]> {
  const all: RowOutcome[] = [];
  for await (const outcome of file.rows(mapping ?? file.detectedMapping)) all.push(outcome);
  return all;
}

/** Figures as compact tuples: row, indicator, unit, area, period, value. */
function figures(all: RowOutcome[]) {
  return all.flatMap((o) =>
    o.kind === 'figure'
      ? [[o.rowNumber, o.indicatorName, o.unit, o.areaCode, o.period, o.value]]
      : [],
  );
}

function rejected(all: RowOutcome[]) {
  return all.flatMap((o) => (o.kind === 'rejected' ? [o] : []));
}

function missingRows(all: RowOutcome[]): number[] {
  return all.flatMap((o) => (o.kind === 'missing' ? [o.rowNumber] : []));
}

async function refusalOf(promise: Promise<unknown>): Promise<FigureFileRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FigureFileRefused) return error;
    throw error;
  }
  throw new Error('the file was not refused');
}

async function expectRefused(name: string | Buffer, refusal: FileRefusal, message: RegExp) {
  const bytes = typeof name === 'string' ? fixture(name) : name;
  const fileName = typeof name === 'string' ? name : 'generated.csv';
  const error = await refusalOf(openFigureFile(bytes, fileName, { today: TODAY }));
  expect(error.refusal).toBe(refusal);
  expect(error.message).toMatch(message);
}

describe('openFigureFile: CSV', () => {
  it('reads a StatLine wide export: semicolons, BOM, title and footer lines, decimal comma', async () => {
    const file = await open('statline-wide.csv');
    expect(file).toMatchObject({
      format: 'CSV',
      encoding: 'UTF-8',
      delimiter: ';',
      decimalSeparator: ',',
      rowCount: 6,
      detectedMapping: {
        areaColumn: 0,
        periodColumn: 1,
        valueColumns: [2, 3],
        indicatorColumn: null,
      },
    });
    expect(file.columns.map((c) => [c.header, c.detectedRole])).toEqual([
      ["Regio's", 'AREA'],
      ['Perioden', 'PERIOD'],
      ['Jongeren met jeugdhulp (%)', 'VALUE'],
      ['Jongeren met jeugdbescherming [aantal]', 'VALUE'],
    ]);
    expect(file.columns[0].samples).toEqual([
      'GM0363',
      'Amsterdam',
      "'s-Gravenhage",
      'GM0599',
      'Súdwest-Fryslân',
    ]);
    const all = await outcomes(file);
    expect(figures(all)).toEqual([
      [4, 'Jongeren met jeugdhulp', '%', 'GM0363', '2023JJ00', 12.5],
      [4, 'Jongeren met jeugdbescherming', 'aantal', 'GM0363', '2023JJ00', 1234],
      [5, 'Jongeren met jeugdhulp', '%', 'GM0363', '2024JJ00', 12.1],
      [5, 'Jongeren met jeugdbescherming', 'aantal', 'GM0363', '2024JJ00', 1250],
      [6, 'Jongeren met jeugdhulp', '%', 'GM0518', '2023JJ00', 11],
      [7, 'Jongeren met jeugdbescherming', 'aantal', 'GM0599', '2023JJ00', 987],
      [8, 'Jongeren met jeugdhulp', '%', 'GM1900', '2023JJ00', 9.8],
      [9, 'Jongeren met jeugdhulp', '%', 'NL01', '2023JJ00', 10.9],
      [9, 'Jongeren met jeugdbescherming', 'aantal', 'NL01', '2023JJ00', 45678.5],
    ]);
    expect(missingRows(all)).toEqual([6, 7, 8]);
    expect(rejected(all)).toEqual([]);
    const amsterdam = all.find((o) => o.kind === 'figure' && o.areaCode === 'GM0363');
    expect(amsterdam).toMatchObject({ areaName: 'Amsterdam' });
  });

  it('reads rows() again with the same result (preview, then confirm)', async () => {
    const file = await open('statline-wide.csv');
    expect(await outcomes(file)).toEqual(await outcomes(file));
  });

  it('reads a comma-separated file with decimal points and thousands commas', async () => {
    const file = await open('comma-decimal-point.csv');
    expect(file).toMatchObject({
      encoding: 'UTF-8',
      delimiter: ',',
      decimalSeparator: '.',
      rowCount: 4,
      detectedMapping: {
        areaColumn: 0,
        periodColumn: 2,
        valueColumns: [3, 4],
        indicatorColumn: null,
      },
    });
    // Of a code and a name column, the code column is the area; the name is ignored.
    expect(file.columns[1]).toMatchObject({ header: 'Gemeentenaam', detectedRole: 'IGNORE' });
    const all = await outcomes(file);
    expect(figures(all)).toEqual([
      [2, 'Percentage jongeren met jeugdhulp', '%', 'GM0344', '2022JJ00', 11.5],
      [2, 'Aantal jongeren', 'aantal', 'GM0344', '2022JJ00', 12345],
      [3, 'Percentage jongeren met jeugdhulp', '%', 'GM0344', '2023JJ00', -0.25],
      [3, 'Aantal jongeren', 'aantal', 'GM0344', '2023JJ00', 12400.5],
      [4, 'Percentage jongeren met jeugdhulp', '%', 'GM0014', '2023JJ00', 12],
      [4, 'Aantal jongeren', 'aantal', 'GM0014', '2023JJ00', 9876],
      [5, 'Percentage jongeren met jeugdhulp', '%', 'GM0153', '2023JJ00', 13.75],
    ]);
    expect(missingRows(all)).toEqual([5]);
  });

  it('reads Windows-1252 with accented names and name variants', async () => {
    const file = await open('windows-1252.csv');
    expect(file).toMatchObject({ encoding: 'WINDOWS-1252', delimiter: ';', decimalSeparator: ',' });
    expect(file.columns[0].samples[2]).toBe('Súdwest-Fryslân');
    const all = await outcomes(file);
    expect(figures(all).map(([row, , , area, , value]) => [row, area, value])).toEqual([
      [2, 'GM0796', 6.1],
      [3, 'GM0796', 6.3],
      [4, 'GM1900', 5.4],
      [5, 'GM1900', 5.6],
      [6, 'GM0820', 3.2],
      [7, 'GM0373', 4],
      [8, 'GM0893', 7.7],
    ]);
    expect(rejected(all)).toEqual([
      {
        kind: 'rejected',
        rowNumber: 9,
        problem: 'UNKNOWN_AREA',
        cell: 'Bergen',
        hint: 'meerdere gemeenten heten zo: Bergen (NH.) (GM0373) en Bergen (L.) (GM0893)',
      },
    ]);
  });

  it('reads a long file: every period form, missing markers, and every row problem', async () => {
    const file = await open('long-format.csv');
    expect(file).toMatchObject({
      rowCount: 23,
      detectedMapping: { areaColumn: 1, periodColumn: 2, valueColumns: [3], indicatorColumn: 0 },
    });
    expect(file.columns.map((c) => c.detectedRole)).toEqual([
      'INDICATOR',
      'AREA',
      'PERIOD',
      'VALUE',
    ]);
    const all = await outcomes(file);
    const jeugdhulp = 'Jongeren met jeugdhulp';
    expect(figures(all)).toEqual([
      [2, jeugdhulp, '%', 'GM0363', '2023JJ00', 12.5],
      [3, jeugdhulp, '%', 'GM0599', '2023JJ00', 11.4],
      [4, jeugdhulp, '%', 'GM0518', '2023KW01', 10.2],
      [5, jeugdhulp, '%', 'GM0344', '2023MM03', 9.9],
      [6, jeugdhulp, '%', 'GM0518', '2022JJ00', 10],
      [7, jeugdhulp, '%', 'GM0599', '2023KW01', 11.1],
      [8, jeugdhulp, '%', 'GM0599', '2023MM01', 11.2],
      [24, 'Schoolverzuim', 'per 1.000 leerplichtigen', 'GM0193', '2023JJ00', -3.5],
    ]);
    expect(missingRows(all)).toEqual([9, 10, 11, 12, 13]);
    expect(
      rejected(all).map(({ rowNumber, problem, cell, hint }) => [rowNumber, problem, cell, hint]),
    ).toEqual([
      [14, 'MERGED_AREA', 'Weesp', 'Weesp (GM0457) is opgegaan in Amsterdam (GM0363) in 2022'],
      [
        15,
        'MERGED_AREA',
        'GM0398',
        'Heerhugowaard (GM0398) is opgegaan in Dijk en Waard (GM1980) in 2022',
      ],
      [
        16,
        'MERGED_AREA',
        'Brielle',
        'Brielle (GM0501) is opgegaan in Voorne aan Zee (GM1992) in 2023',
      ],
      [17, 'UNKNOWN_AREA', 'Atlantis', undefined],
      [18, 'UNPARSABLE_NUMBER', 'veel', undefined],
      [19, 'PERIOD_OUT_OF_RANGE', '2031', undefined],
      [20, 'PERIOD_OUT_OF_RANGE', '1985', undefined],
      [21, 'UNPARSABLE_PERIOD', 'vorig jaar', undefined],
      [22, 'DUPLICATE_ROW', '12,6', 'hetzelfde cijfer staat al in rij 2'],
      [23, 'MISSING_INDICATOR', '', undefined],
    ]);
  });

  it('follows a mapping the user changed', async () => {
    const file = await open('statline-wide.csv');
    const all = await outcomes(file, { ...file.detectedMapping, valueColumns: [3] });
    expect(figures(all).map(([row, indicator]) => [row, indicator])).toEqual([
      [4, 'Jongeren met jeugdbescherming'],
      [5, 'Jongeren met jeugdbescherming'],
      [7, 'Jongeren met jeugdbescherming'],
      [9, 'Jongeren met jeugdbescherming'],
    ]);
    await expect(
      outcomes(file, { ...file.detectedMapping, valueColumns: [0] }),
    ).rejects.toMatchObject({ refusal: 'NO_FIGURES' });
  });

  it('reads the demo upload for the demo region when the plan passes its gemeenten', async () => {
    const bytes = fixture('demo-regio-jeugdhulp.csv');
    const file = await openFigureFile(bytes, 'demo-regio-jeugdhulp.csv', {
      today: TODAY,
      extraAreas: [
        { code: 'GM1997', name: 'Gemeente Noorderveen' },
        { code: 'GM1998', name: 'Gemeente Haverdijk' },
        { code: 'GM1999', name: 'Gemeente Lindewolde' },
      ],
    });
    const all = await outcomes(file);
    expect(rejected(all)).toEqual([]);
    expect(figures(all)).toEqual([
      [2, 'Jongeren met jeugdhulp', '%', 'GM1997', '2024JJ00', 12.9],
      [2, 'Jongeren met jeugdbescherming', '%', 'GM1997', '2024JJ00', 1.4],
      [3, 'Jongeren met jeugdhulp', '%', 'GM1998', '2024JJ00', 11.8],
      [3, 'Jongeren met jeugdbescherming', '%', 'GM1998', '2024JJ00', 1.1],
      [4, 'Jongeren met jeugdhulp', '%', 'GM1999', '2024JJ00', 10.1],
      [4, 'Jongeren met jeugdbescherming', '%', 'GM1999', '2024JJ00', 0.9],
      [5, 'Jongeren met jeugdhulp', '%', 'NL01', '2024JJ00', 12.6],
      [5, 'Jongeren met jeugdbescherming', '%', 'NL01', '2024JJ00', 1],
    ]);
    // Without them the fictional gemeenten are unknown.
    const plain = await openFigureFile(bytes, 'demo-regio-jeugdhulp.csv', { today: TODAY });
    expect(rejected(await outcomes(plain)).map((o) => o.problem)).toEqual(
      Array(6).fill('UNKNOWN_AREA'),
    );
  });

  it('reads tab-separated UTF-16 text as Excel saves "Unicode text"', async () => {
    const text = '\ufeffGemeente\tJaar\tJongeren met jeugdhulp (%)\r\nZwolle\t2023\t10,5\r\n';
    const file = await openFigureFile(Buffer.from(text, 'utf16le'), 'unicode.txt', {
      today: TODAY,
    });
    expect(file).toMatchObject({ encoding: 'UTF-16LE', delimiter: '\t', rowCount: 1 });
    expect(figures(await outcomes(file))).toEqual([
      [2, 'Jongeren met jeugdhulp', '%', 'GM0193', '2023JJ00', 10.5],
    ]);
  });
});

describe('openFigureFile: XLSX', () => {
  it('reads the first worksheet of a wide workbook with a title row and a footer', async () => {
    const file = await open('statline-wide.xlsx');
    expect(file).toMatchObject({
      format: 'XLSX',
      encoding: null,
      delimiter: null,
      rowCount: 4,
      detectedMapping: {
        areaColumn: 0,
        periodColumn: 1,
        valueColumns: [2, 3],
        indicatorColumn: null,
      },
    });
    const all = await outcomes(file);
    expect(figures(all)).toEqual([
      [4, 'Jongeren met jeugdhulp', '%', 'GM0363', '2023JJ00', 12.5],
      [4, 'Jongeren met jeugdbescherming', 'aantal', 'GM0363', '2023JJ00', 1234],
      [5, 'Jongeren met jeugdhulp', '%', 'GM0599', '2023JJ00', 11.4],
      [6, 'Jongeren met jeugdhulp', '%', 'GM1980', '2023JJ00', 9.75],
      [6, 'Jongeren met jeugdbescherming', 'aantal', 'GM1980', '2023JJ00', 310],
    ]);
    expect(missingRows(all)).toEqual([5]);
    expect(rejected(all).map((o) => [o.rowNumber, o.problem, o.hint])).toEqual([
      [7, 'MERGED_AREA', 'Heerhugowaard (GM0398) is opgegaan in Dijk en Waard (GM1980) in 2022'],
      [7, 'MERGED_AREA', 'Heerhugowaard (GM0398) is opgegaan in Dijk en Waard (GM1980) in 2022'],
    ]);
  });

  it('reads a long workbook: dates, numbers as text, hyperlinks and rich text', async () => {
    const file = await open('monitor-long.xlsx');
    expect(file).toMatchObject({
      rowCount: 5,
      detectedMapping: { areaColumn: 1, periodColumn: 2, valueColumns: [3], indicatorColumn: 0 },
    });
    expect(file.columns[2].samples.slice(0, 2)).toEqual(['2023-01-01', '2024-01-01']);
    const all = await outcomes(file);
    expect(figures(all)).toEqual([
      [2, 'Kinderen in armoede', '%', 'GM0344', '2023JJ00', 7.1],
      [3, 'Kinderen in armoede', '%', 'GM0344', '2024JJ00', 6.9],
      [4, 'Voortijdig schoolverlaters', '%', 'GM0344', '2023JJ00', 1.8],
      [6, 'Voortijdig schoolverlaters', '%', 'GM0014', '2023MM03', 2.4],
    ]);
    expect(missingRows(all)).toEqual([5]);
  });
});

describe('openFigureFile: refused files', () => {
  it.each([
    ['binary.csv', 'UNSUPPORTED_FILE', /PNG image/],
    ['formula-injection.csv', 'FORMULA_IN_FILE', /Row 3 .*formula.*HYPERLINK/],
    ['not-a-table.csv', 'NO_FIGURES', /No header row/],
    ['formula.xlsx', 'FORMULA_IN_FILE', /Row 3 has a formula; save the workbook as values/],
    ['zip-bomb.xlsx', 'FILE_TOO_LARGE_UNPACKED', /packs \d+ to 1/],
    ['corrupt.xlsx', 'FILE_UNREADABLE', /central directory/],
    ['not-a-workbook.xlsx', 'FILE_UNREADABLE', /not an Excel workbook/],
  ] as const)('%s → %s', async (name, refusal, message) => {
    await expectRefused(name, refusal, message);
  });

  it.each([
    ['@SUM(1+1)', 'FORMULA_IN_FILE'],
    ['+cmd', 'FORMULA_IN_FILE'],
    ['-2+3+cmd', 'FORMULA_IN_FILE'],
    ['\t=1', 'FORMULA_IN_FILE'],
  ] as const)('refuses a CSV cell %j', async (cell, refusal) => {
    const csv = `Gemeente;Jaar;Waarde\nZwolle;2023;"${cell}"\n`;
    await expectRefused(Buffer.from(csv), refusal, /formula/);
  });

  it('accepts a lone dash and negative numbers, which are not formulas', async () => {
    const csv =
      'Gemeente;Jaar;Saldo (%)\nZwolle;2023;-\nZwolle;2022;-3,5\nZwolle;2021; -1.234,5 \n';
    const file = await openFigureFile(Buffer.from(csv), 'saldo.csv', { today: TODAY });
    const all = await outcomes(file);
    expect(missingRows(all)).toEqual([2]);
    expect(figures(all).map(([, , , , period, value]) => [period, value])).toEqual([
      ['2022JJ00', -3.5],
      ['2021JJ00', -1234.5],
    ]);
  });

  it('refuses other binaries by their magic number or NUL bytes', async () => {
    await expectRefused(Buffer.from('%PDF-1.7\n...'), 'UNSUPPORTED_FILE', /PDF/);
    await expectRefused(Buffer.from('MZ\x90\x00\x03\x00'), 'UNSUPPORTED_FILE', /Windows program/);
    await expectRefused(Buffer.from('Gemeente;Jaar\0;x\n'), 'UNSUPPORTED_FILE', /NUL/);
  });

  it('refuses a file above MAX_FILE_BYTES before reading it', async () => {
    await expectRefused(Buffer.alloc(MAX_FILE_BYTES + 1, 0x41), 'FILE_TOO_LARGE', /at most/);
  });

  it('refuses an .xlsx that is not a zip, and a header without data', async () => {
    const error = await refusalOf(openFigureFile(Buffer.from('a;b\n'), 'cijfers.xlsx'));
    expect(error.refusal).toBe('FILE_UNREADABLE');
    await expectRefused(Buffer.from("Regio's;Perioden;Waarde\n\nBron: CBS\n"), 'NO_FIGURES', /.+/);
    await expectRefused(Buffer.from(''), 'NO_FIGURES', /empty/);
  });

  it('refuses a file with no value column', async () => {
    const csv = 'Gemeente;Jaar;Opmerking\nZwolle;2023;goed\nEde;2023;matig\n';
    await expectRefused(Buffer.from(csv), 'NO_FIGURES', /No area, period and value columns/);
  });
});
