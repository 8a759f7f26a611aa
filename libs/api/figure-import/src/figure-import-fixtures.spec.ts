import { useTestDatabase } from '@oogo/api-core/testing';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { confirm, dataOf, preview, uploaded, uploadFile } from './testing/figure-import-client';
import { useFigureImportWorld } from './testing/figure-import-world';

// The import end to end (upload, preview, confirm) with the reader's fixture files: the
// formats people get from CBS StatLine, Staat van de Jeugd and their own monitors.

const database = useTestDatabase();

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name));

describe('figure import of real-world files', () => {
  const world = useFigureImportWorld(database);

  const stored = (planId: string) =>
    world.sql<{
      indicator: string;
      unit: string;
      areaCode: string;
      period: string;
      start: string;
      end: string;
      value: number;
    }>(
      `SELECT i.name AS indicator, i.unit, m.area_code AS "areaCode", m.period,
              to_char(m.period_start, 'YYYY-MM-DD') AS start, to_char(m.period_end, 'YYYY-MM-DD') AS end, m.value
         FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        WHERE m.plan_id = $1 ORDER BY lower(i.name), m.area_code, m.period`,
      [planId],
    );

  /** Upload, preview with the detected mapping, confirm it; the preview and the result. */
  async function importFile(planId: string, content: Buffer, fileName: string) {
    const importId = await uploaded(world.baseUrl, world.coordinator, planId, content, fileName);
    const shown = dataOf(
      await preview(world.coordinator, { planId, importId }),
    ).previewFigureImport;
    const { mapping } = shown;
    const result = dataOf(
      await confirm(world.coordinator, { planId, importId, mapping }),
    ).confirmFigureImport;
    return { shown, result };
  }

  it('imports a wide StatLine CSV (BOM, title and footer lines, decimal comma, missing markers)', async () => {
    const plan = await world.planWith({ GM0363: 'Amsterdam', GM0599: 'Rotterdam' });
    const { shown, result } = await importFile(
      plan.id,
      fixture('statline-wide.csv'),
      'statline-wide.csv',
    );
    expect(shown).toMatchObject({
      format: 'CSV',
      encoding: 'UTF-8',
      delimiter: ';',
      decimalSeparator: ',',
    });
    // 's-Gravenhage and Súdwest-Fryslân do not take part in this plan
    const counts = {
      rows: 6,
      create: 7,
      update: 0,
      unchanged: 0,
      skippedMissing: 3,
      skippedOtherArea: 2,
      rejected: 0,
      newIndicators: 2,
    };
    expect(shown.counts).toEqual(counts);
    expect(result.counts).toEqual(counts);
    expect(
      shown.indicators.map(({ sourceName, unit, rowCount }) => [sourceName, unit, rowCount]),
    ).toEqual([
      ['Jongeren met jeugdhulp', '%', 3],
      ['Jongeren met jeugdbescherming', 'aantal', 4],
    ]);
    expect(
      (await stored(plan.id)).map((row) => [row.indicator, row.areaCode, row.period, row.value]),
    ).toEqual([
      ['Jongeren met jeugdbescherming', 'GM0363', '2023JJ00', 1234],
      ['Jongeren met jeugdbescherming', 'GM0363', '2024JJ00', 1250],
      ['Jongeren met jeugdbescherming', 'GM0599', '2023JJ00', 987],
      ['Jongeren met jeugdbescherming', 'NL01', '2023JJ00', 45678.5],
      ['Jongeren met jeugdhulp', 'GM0363', '2023JJ00', 12.5],
      ['Jongeren met jeugdhulp', 'GM0363', '2024JJ00', 12.1],
      ['Jongeren met jeugdhulp', 'NL01', '2023JJ00', 10.9],
    ]);
    // the same file again changes nothing
    const again = await importFile(plan.id, fixture('statline-wide.csv'), 'statline-wide.csv');
    expect(again.result.counts).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 7,
      newIndicators: 0,
    });
  });

  it('imports a long CSV (an indicator column) and says why each rejected row is rejected', async () => {
    const plan = await world.planWith({
      GM0363: 'Amsterdam',
      GM0599: 'Rotterdam',
      GM0193: 'Zwolle',
    });
    const { shown, result } = await importFile(
      plan.id,
      fixture('long-format.csv'),
      'long-format.csv',
    );
    const counts = {
      rows: 23,
      create: 5,
      update: 0,
      unchanged: 0,
      skippedMissing: 5,
      skippedOtherArea: 3,
      rejected: 10,
      newIndicators: 2,
    };
    expect(shown.counts).toEqual(counts);
    expect(result.counts).toEqual(counts);
    expect(shown.rejected.map(({ rowNumber, problem }) => [rowNumber, problem])).toEqual([
      [14, 'MERGED_AREA'],
      [15, 'MERGED_AREA'],
      [16, 'MERGED_AREA'],
      [17, 'UNKNOWN_AREA'],
      [18, 'UNPARSABLE_NUMBER'],
      [19, 'PERIOD_OUT_OF_RANGE'],
      [20, 'PERIOD_OUT_OF_RANGE'],
      [21, 'UNPARSABLE_PERIOD'],
      [22, 'DUPLICATE_ROW'],
      [23, 'MISSING_INDICATOR'],
    ]);
    expect(shown.rejected[0]).toEqual({
      rowNumber: 14,
      problem: 'MERGED_AREA',
      cell: 'Weesp',
      hint: expect.stringContaining('Amsterdam (GM0363)'),
    });
    expect(shown.rejected[3]).toMatchObject({ cell: 'Atlantis' });
    expect(await stored(plan.id)).toEqual([
      {
        indicator: 'Jongeren met jeugdhulp',
        unit: '%',
        areaCode: 'GM0363',
        period: '2023JJ00',
        start: '2023-01-01',
        end: '2023-12-31',
        value: 12.5,
      },
      {
        indicator: 'Jongeren met jeugdhulp',
        unit: '%',
        areaCode: 'GM0599',
        period: '2023JJ00',
        start: '2023-01-01',
        end: '2023-12-31',
        value: 11.4,
      },
      {
        indicator: 'Jongeren met jeugdhulp',
        unit: '%',
        areaCode: 'GM0599',
        period: '2023KW01',
        start: '2023-01-01',
        end: '2023-03-31',
        value: 11.1,
      },
      {
        indicator: 'Jongeren met jeugdhulp',
        unit: '%',
        areaCode: 'GM0599',
        period: '2023MM01',
        start: '2023-01-01',
        end: '2023-01-31',
        value: 11.2,
      },
      {
        indicator: 'Schoolverzuim',
        unit: 'per 1.000 leerplichtigen',
        areaCode: 'GM0193',
        period: '2023JJ00',
        start: '2023-01-01',
        end: '2023-12-31',
        value: -3.5,
      },
    ]);
  });

  it('imports a Windows-1252 CSV with gemeente names', async () => {
    const plan = await world.planWith({ GM0796: "'s-Hertogenbosch", GM1900: 'Súdwest-Fryslân' });
    const { shown } = await importFile(plan.id, fixture('windows-1252.csv'), 'armoede.csv');
    expect(shown.encoding).toBe('WINDOWS-1252');
    expect(shown.counts).toEqual({
      rows: 8,
      create: 4,
      update: 0,
      unchanged: 0,
      skippedMissing: 0,
      skippedOtherArea: 3,
      rejected: 1,
      newIndicators: 1,
    });
    expect(shown.toCreate.map((row) => [row.areaName, row.period, row.value])).toEqual([
      ["'s-Hertogenbosch", '2023JJ00', 6.1],
      ["'s-Hertogenbosch", '2022JJ00', 6.3],
      ['Súdwest-Fryslân', '2023JJ00', 5.4],
      ['Súdwest-Fryslân', '2022JJ00', 5.6],
    ]);
    expect(shown.rejected).toEqual([
      {
        rowNumber: 9,
        problem: 'UNKNOWN_AREA',
        cell: 'Bergen',
        hint: expect.stringContaining('GM0373'),
      },
    ]);
    expect((await stored(plan.id)).map((row) => [row.indicator, row.areaCode, row.value])).toEqual([
      ['Kinderen in armoede', 'GM0796', 6.3],
      ['Kinderen in armoede', 'GM0796', 6.1],
      ['Kinderen in armoede', 'GM1900', 5.6],
      ['Kinderen in armoede', 'GM1900', 5.4],
    ]);
  });

  it('imports an XLSX workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Tabel');
    sheet.addRow(["Regio's", 'Perioden', 'Jongeren met jeugdhulp (%)']);
    sheet.addRow(['GM0363', '2023', 12.5]);
    sheet.addRow(['Rotterdam', '2023', 11.25]);
    sheet.addRow(['Utrecht', '2023', 10]);
    sheet.addRow(['Nederland', '2023', '.']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const plan = await world.planWith({ GM0363: 'Amsterdam', GM0599: 'Rotterdam' });
    const { shown, result } = await importFile(plan.id, bytes, 'jeugdhulp.xlsx');
    expect(shown).toMatchObject({ format: 'XLSX', encoding: null, delimiter: null });
    expect(result.counts).toEqual({
      rows: 4,
      create: 2,
      update: 0,
      unchanged: 0,
      skippedMissing: 1,
      skippedOtherArea: 1,
      rejected: 0,
      newIndicators: 1,
    });
    expect((await stored(plan.id)).map((row) => [row.areaCode, row.value])).toEqual([
      ['GM0363', 12.5],
      ['GM0599', 11.25],
    ]);
  });

  it("knows the plan's own gemeenten, also fictional ones like the demo region's", async () => {
    const plan = await world.planWith({
      GM1997: 'Gemeente Noorderveen',
      GM1998: 'Gemeente Haverdijk',
    });
    const { result } = await importFile(plan.id, fixture('demo-regio-jeugdhulp.csv'), 'demo.csv');
    // Lindewolde is no gemeente of this plan and no real one: rejected
    expect(result.counts).toEqual({
      rows: 4,
      create: 6,
      update: 0,
      unchanged: 0,
      skippedMissing: 0,
      skippedOtherArea: 0,
      rejected: 2,
      newIndicators: 2,
    });
  });

  it.each([
    ['formula-injection.csv', 'FORMULA_IN_FILE'],
    ['not-a-table.csv', 'NO_FIGURES'],
  ])('refuses %s at upload (%s) and stores nothing', async (name, reason) => {
    const count = async () =>
      (
        (await world.sql<{ n: number }>('SELECT count(*)::int AS n FROM figure_import'))[0] as {
          n: number;
        }
      ).n;
    const before = await count();
    const response = await uploadFile(
      world.baseUrl,
      world.coordinator,
      world.plan.id,
      fixture(name),
      name,
    );
    expect(response).toEqual({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason, message: expect.any(String) },
    });
    expect(await count()).toBe(before);
  });

  it('refuses a stored file the reader refuses now, at preview and at confirm, with its reason', async () => {
    // e.g. stored before a rule was added: the upload check cannot be the only one
    const [row] = await world.sql<{ id: string }>(
      `INSERT INTO figure_import (plan_id, file_name, byte_size, content) VALUES ($1, 'oud.csv', 10, $2) RETURNING id`,
      [world.plan.id, fixture('formula-injection.csv')],
    );
    const importId = (row as { id: string }).id;
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2] };
    expect(
      (await preview(world.coordinator, { planId: world.plan.id, importId })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMULA_IN_FILE' });
    expect(
      (await confirm(world.coordinator, { planId: world.plan.id, importId, mapping })).errors?.[0]
        ?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FORMULA_IN_FILE' });
    expect(
      await world.sql('SELECT id FROM measurement WHERE plan_id = $1', [world.plan.id]),
    ).toEqual([]);
  });
});
