import { useTestDatabase } from '@oogo/api-core/testing';
import { PlanRole } from '@oogo/shared-domain';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import {
  download,
  ExportWorld,
  FORMULA_NAME,
  INDICATOR_NAME,
  RATIONALE,
  startExportWorld,
} from '../testing/export-world';

const database = useTestDatabase();

/** A CSV as Dutch Excel reads it: BOM off, semicolons, rows of cells. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  // The file ends with CRLF: papaparse gives an empty last row for it.
  return parsed.data.filter((row) => !(row.length === 1 && row[0] === ''));
}

async function parseXlsx(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The values of a sheet's rows (1-based cells dropped to 0-based). */
function sheetRows(sheet: ExcelJS.Worksheet | undefined): unknown[][] {
  const rows: unknown[][] = [];
  sheet?.eachRow({ includeEmpty: false }, (row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}

describe('plan exports: samenhang and metingen as CSV/XLSX', () => {
  let world: ExportWorld;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(
    new Date(),
  );

  beforeAll(async () => {
    world = await startExportWorld(database.url);
  });

  afterAll(async () => {
    await world?.close();
  });

  const path = (file: string) => `/api/plans/${world.plan.id}/export/${file}`;

  describe('access', () => {
    it('lets a viewer download, hides the plan from a non-member, and asks others to sign in', async () => {
      const viewer = await world.member(PlanRole.VIEWER);
      const outsider = await world.outsider();
      for (const file of ['samenhang.csv', 'samenhang.xlsx', 'metingen.csv', 'metingen.xlsx']) {
        expect((await download(world.baseUrl, path(file), viewer)).status).toBe(200);
        const hidden = await download(world.baseUrl, path(file), outsider);
        expect(hidden.status).toBe(404);
        expect(JSON.parse(hidden.text)).toMatchObject({ code: 'NOT_FOUND' });
        expect(hidden.headers.get('content-disposition')).toBeNull();
        expect((await download(world.baseUrl, path(file))).status).toBe(401);
      }
      // Not a uuid at all: still "no such plan", not a server error.
      expect(
        (await download(world.baseUrl, '/api/plans/x/export/metingen.csv', viewer)).status,
      ).toBe(404);
    });
  });

  describe('metingen', () => {
    it('writes CSV for Dutch Excel: BOM, semicolons, decimal comma, CRLF, headers the import knows', async () => {
      const file = await download(world.baseUrl, path('metingen.csv'), world.coordinator);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(file.headers.get('cache-control')).toBe('no-store');
      expect(file.headers.get('content-disposition')).toBe(
        `attachment; filename="metingen-regio-testveen-${today}.csv"; filename*=UTF-8''metingen-regio-testveen-${today}.csv`,
      );
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(file.text.split('\r\n')[0]).toBe(
        '\uFEFFIndicator;Eenheid;Gemeentecode;Gemeente;Periode;Waarde;Bron;Datum meting',
      );
      expect(file.text).not.toMatch(/[^\r]\n/);
      const { code, name } = world.gemeente;
      expect(parseCsv(file.text).slice(1)).toEqual([
        [INDICATOR_NAME, '%', code, name, '2023JJ00', '12,5', 'CBS 84134NED', '2024-03-01'],
        [INDICATOR_NAME, '%', code, name, '2024JJ00', '11,75', 'CBS 84134NED', ''],
        [INDICATOR_NAME, '%', 'NL01', 'Nederland', '2024JJ00', '10', 'CBS 84134NED', ''],
      ]);
    });

    it('writes XLSX with numbers as numbers, dates as dates, a bold frozen header and a filter', async () => {
      const file = await download(world.baseUrl, path('metingen.xlsx'), world.coordinator);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(file.headers.get('content-disposition')).toContain(
        `filename="metingen-regio-testveen-${today}.xlsx"`,
      );
      const sheet = (await parseXlsx(file.bytes)).getWorksheet('Metingen');
      const rows = sheetRows(sheet);
      expect(rows[0]).toEqual([
        'Indicator',
        'Eenheid',
        'Gemeentecode',
        'Gemeente',
        'Periode',
        'Waarde',
        'Bron',
        'Datum meting',
      ]);
      expect(rows[1]).toEqual([
        INDICATOR_NAME,
        '%',
        world.gemeente.code,
        world.gemeente.name,
        '2023JJ00',
        12.5,
        'CBS 84134NED',
        new Date('2024-03-01T00:00:00Z'),
      ]);
      expect(rows).toHaveLength(4);
      expect(sheet?.getCell('F2').numFmt).toBe('0.0##');
      expect(sheet?.getCell('H2').numFmt).toBe('dd-mm-yyyy');
      expect(sheet?.getRow(1).font?.bold).toBe(true);
      expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet?.autoFilter).toBe('A1:H4');
      expect(sheet?.getColumn(1).width).toBe(45);
    });
  });

  describe('samenhang', () => {
    const bijdragenHeader = [
      'Activiteit',
      'Soort activiteit',
      'Uitvoerder',
      'Resultaat',
      'Maatschappelijk resultaat',
      'Hoe draagt dit bij?',
      'Knelpunten activiteit',
      'Knelpunten resultaat',
    ];

    it('writes one CSV row per contribution with its rationale, the gaps, and defused formulas', async () => {
      const file = await download(world.baseUrl, path('samenhang.csv'), world.coordinator);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toContain(
        `filename="samenhang-regio-testveen-${today}.csv"`,
      );
      const rows = parseCsv(file.text);
      expect(rows[0]).toEqual(bijdragenHeader);
      // In bouwsteen order, as the app lists them (findGaps).
      const noOutcome = 'Activiteit zonder onderbouwing, Activiteit zonder recente outcome';
      expect(rows.slice(1)).toEqual([
        [
          'Jeugdhulp op school',
          'Preventief',
          world.gemeente.name,
          'R1',
          'Minder jongeren vallen uit op school',
          RATIONALE,
          noOutcome,
          '',
        ],
        [
          `'${FORMULA_NAME}`,
          'Preventief',
          expect.stringMatching(/^partner /),
          '',
          '',
          '',
          `Activiteit die geen resultaat dient, ${noOutcome}`,
          '',
        ],
        [
          '',
          '',
          '',
          'R2',
          'Meer kinderen groeien gezond op',
          '',
          '',
          'Resultaat zonder activiteit',
        ],
      ]);
      // The rationale holds a quote and a semicolon: quoted, the quote doubled.
      expect(file.text).toContain('"Minder uitval; ""samen"" met school"');
    });

    it('filters on the executor as the web does, and refuses an organisation outside the plan', async () => {
      const partnerOnly = parseCsv(
        (
          await download(
            world.baseUrl,
            `${path('samenhang.csv')}?organisatie=${world.partner.id}`,
            world.coordinator,
          )
        ).text,
      );
      expect(partnerOnly.map((row) => row[0])).toEqual([
        'Activiteit',
        `'${FORMULA_NAME}`,
        // A result nobody serves stays: it is a gap whoever is shown.
        '',
      ]);
      const refused = await download(
        world.baseUrl,
        `${path('samenhang.csv')}?organisatie=00000000-0000-4000-8000-000000000000`,
        world.coordinator,
      );
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.text)).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('writes XLSX with the matrix (✓), the contributions, the results and every gap', async () => {
      const file = await download(world.baseUrl, path('samenhang.xlsx'), world.coordinator);
      expect(file.status).toBe(200);
      const workbook = await parseXlsx(file.bytes);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
        'Samenhang',
        'Bijdragen',
        'Resultaten',
        'Knelpunten',
      ]);
      const matrix = sheetRows(workbook.getWorksheet('Samenhang'));
      expect(matrix[0]).toEqual([
        'Activiteit',
        'Soort activiteit',
        'Uitvoerder',
        'Knelpunten',
        'R1: Minder jongeren vallen uit op school',
        'R2: Meer kinderen groeien gezond op',
      ]);
      expect(matrix[1]?.slice(0, 3)).toEqual([
        'Jeugdhulp op school',
        'Preventief',
        world.gemeente.name,
      ]);
      expect(matrix[1]?.slice(4)).toEqual(['✓', undefined]);
      // A formula in a name stays text, with the apostrophe, in the workbook too.
      expect(matrix[2]?.[0]).toBe(`'${FORMULA_NAME}`);
      expect(workbook.getWorksheet('Samenhang')?.views[0]).toMatchObject({
        state: 'frozen',
        xSplit: 1,
        ySplit: 1,
      });

      const contributions = sheetRows(workbook.getWorksheet('Bijdragen'));
      expect(contributions[0]).toEqual(bijdragenHeader);
      expect(contributions[1]?.[5]).toBe(RATIONALE);

      const results = sheetRows(workbook.getWorksheet('Resultaten'));
      expect(results.slice(1)).toEqual([
        ['R1', 'Minder jongeren vallen uit op school', undefined, 1, undefined],
        ['R2', 'Meer kinderen groeien gezond op', undefined, 0, 'Resultaat zonder activiteit'],
      ]);

      const gaps = sheetRows(workbook.getWorksheet('Knelpunten'));
      expect(gaps).toContainEqual([
        'Maatschappelijke resultaten',
        'Resultaat zonder activiteit',
        'R2: Meer kinderen groeien gezond op',
      ]);
      expect(gaps).toContainEqual([
        'Activiteiten',
        'Activiteit die geen resultaat dient',
        `'${FORMULA_NAME}`,
      ]);
    });
  });
});
