import { useTestDatabase } from '@oogo/api-core/testing';
import { createItem, indicatorInput } from '@oogo/api-planning/testing';
import { PlanRole } from '@oogo/shared-domain';
import { confirm, dataOf, preview, uploaded, uploadFile } from './testing/figure-import-client';
import { useFigureImportWorld } from './testing/figure-import-world';

const database = useTestDatabase();

// A CBS StatLine export, wide: one column per indicator. Utrecht (GM0344) does not take part
// in the plan; GM9999 does not exist; Beemster (GM0370) merged into Purmerend in 2022.
const WIDE = [
  "Regio's;Perioden;Jongeren met jeugdhulp (%);Voortijdig schoolverlaters (%)",
  'GM0363;2023;12,5;1,9',
  'GM0599;2023;13,1;.',
  'GM0344;2023;11,0;2,0',
  'NL01;2023;9,8;1,6',
  'GM9999;2023;5,0;5,0',
  'GM0370;2023;5,0;5,0',
].join('\r\n');

interface Totals {
  measurements: number;
  versions: number;
  indicators: number;
  audit: number;
  events: number;
}

describe('figure import', () => {
  const world = useFigureImportWorld(database);

  const totals = async (planId: string): Promise<Totals> => {
    const [row] = await world.sql<Totals>(
      `SELECT (SELECT count(*)::int FROM measurement WHERE plan_id = $1) AS measurements,
              (SELECT coalesce(sum(version), 0)::int FROM measurement WHERE plan_id = $1) AS versions,
              (SELECT count(*)::int FROM indicator WHERE plan_id = $1) AS indicators,
              (SELECT count(*)::int FROM audit_event WHERE plan_id = $1) AS audit,
              (SELECT count(*)::int FROM plan_event WHERE plan_id = $1) AS events`,
      [planId],
    );
    return row as Totals;
  };

  const measurements = (planId: string) =>
    world.sql<{
      indicator: string;
      areaCode: string;
      period: string;
      value: number;
      version: number;
      source: string;
      periodStart: string;
      periodEnd: string;
      measuredOn: string | null;
    }>(
      `SELECT i.name AS indicator, m.area_code AS "areaCode", m.period, m.value, m.version, m.source,
              to_char(m.period_start, 'YYYY-MM-DD') AS "periodStart",
              to_char(m.period_end, 'YYYY-MM-DD') AS "periodEnd", m.measured_on AS "measuredOn"
         FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        WHERE m.plan_id = $1 ORDER BY lower(i.name), m.area_code, m.period`,
      [planId],
    );

  /** A plan of its own with "Jongeren met jeugdhulp" and two stored figures of it. */
  async function planWithFigures() {
    const plan = await world.planWith({ GM0363: 'Amsterdam', GM0599: 'Rotterdam' });
    const indicator = await createItem(
      world.coordinator.graphql,
      'Indicator',
      indicatorInput(plan.id, {
        name: 'jongeren met jeugdhulp',
        unit: '%',
        source: 'CBS 85099NED',
      }),
    );
    for (const [areaCode, value] of [
      ['GM0363', 12.5],
      ['GM0599', 14],
    ] as const) {
      await createItem(world.coordinator.graphql, 'Measurement', {
        planId: plan.id,
        indicatorId: indicator.id,
        areaCode,
        period: '2023',
        value,
      });
    }
    return { plan, indicatorId: indicator.id };
  }

  it('previews a wide CSV without writing anything, then confirms all of it in one transaction', async () => {
    const { plan, indicatorId } = await planWithFigures();
    const importId = await uploaded(
      world.baseUrl,
      world.coordinator,
      plan.id,
      WIDE,
      'jeugd 2023.csv',
    );
    const before = await totals(plan.id);

    const shown = dataOf(
      await preview(world.coordinator, { planId: plan.id, importId }),
    ).previewFigureImport;

    expect(await totals(plan.id)).toEqual(before);
    expect(shown).toMatchObject({
      importId,
      fileName: 'jeugd 2023.csv',
      format: 'CSV',
      delimiter: ';',
      decimalSeparator: ',',
    });
    expect(shown.mapping).toEqual({
      areaColumn: 0,
      periodColumn: 1,
      valueColumns: [2, 3],
      indicatorColumn: null,
    });
    expect(shown.counts).toEqual({
      rows: 6,
      create: 3,
      update: 1,
      unchanged: 1,
      skippedMissing: 1,
      skippedOtherArea: 2,
      rejected: 4,
      newIndicators: 1,
    });
    expect(shown.indicators).toEqual([
      {
        sourceName: 'Jongeren met jeugdhulp',
        indicatorId,
        name: 'jongeren met jeugdhulp',
        unit: '%',
        betterDirection: 'LOWER',
        rowCount: 3,
      },
      {
        sourceName: 'Voortijdig schoolverlaters',
        indicatorId: null,
        name: 'Voortijdig schoolverlaters',
        unit: '%',
        betterDirection: 'LOWER',
        rowCount: 2,
      },
    ]);
    expect(shown.toUpdate).toEqual([
      expect.objectContaining({
        rowNumber: 3,
        areaCode: 'GM0599',
        period: '2023JJ00',
        value: 13.1,
        previousValue: 14,
      }),
    ]);
    expect(
      shown.toCreate.map((row) => [row.rowNumber, row.indicatorName, row.areaCode, row.value]),
    ).toEqual([
      [2, 'Voortijdig schoolverlaters', 'GM0363', 1.9],
      [5, 'jongeren met jeugdhulp', 'NL01', 9.8],
      [5, 'Voortijdig schoolverlaters', 'NL01', 1.6],
    ]);
    expect(shown.rejected).toEqual([
      expect.objectContaining({ rowNumber: 6, problem: 'UNKNOWN_AREA' }),
      expect.objectContaining({ rowNumber: 6, problem: 'UNKNOWN_AREA' }),
      expect.objectContaining({
        rowNumber: 7,
        problem: 'MERGED_AREA',
        hint: expect.stringContaining('GM0439'),
      }),
      expect.objectContaining({ rowNumber: 7, problem: 'MERGED_AREA' }),
    ]);

    const mapping = { ...shown.mapping };
    const result = dataOf(
      await confirm(world.coordinator, { planId: plan.id, importId, mapping }),
    ).confirmFigureImport;

    expect(result).toEqual({ importId, fileName: 'jeugd 2023.csv', counts: shown.counts });
    expect(await measurements(plan.id)).toEqual([
      {
        indicator: 'jongeren met jeugdhulp',
        areaCode: 'GM0363',
        period: '2023JJ00',
        value: 12.5,
        version: 1,
        source: '',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        measuredOn: null,
      },
      {
        indicator: 'jongeren met jeugdhulp',
        areaCode: 'GM0599',
        period: '2023JJ00',
        value: 13.1,
        version: 2,
        source: 'CBS 85099NED',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        measuredOn: null,
      },
      {
        indicator: 'jongeren met jeugdhulp',
        areaCode: 'NL01',
        period: '2023JJ00',
        value: 9.8,
        version: 1,
        source: 'CBS 85099NED',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        measuredOn: null,
      },
      {
        indicator: 'Voortijdig schoolverlaters',
        areaCode: 'GM0363',
        period: '2023JJ00',
        value: 1.9,
        version: 1,
        source: 'jeugd 2023.csv',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        measuredOn: null,
      },
      {
        indicator: 'Voortijdig schoolverlaters',
        areaCode: 'NL01',
        period: '2023JJ00',
        value: 1.6,
        version: 1,
        source: 'jeugd 2023.csv',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        measuredOn: null,
      },
    ]);
    const [created] = await world.sql<{ unit: string; source: string; betterDirection: string }>(
      `SELECT unit, source, better_direction AS "betterDirection" FROM indicator WHERE plan_id = $1 AND name = 'Voortijdig schoolverlaters'`,
      [plan.id],
    );
    expect(created).toEqual({ unit: '%', source: 'jeugd 2023.csv', betterDirection: 'LOWER' });

    const after = await totals(plan.id);
    // one audit row and one live event for the whole import
    expect(after).toMatchObject({
      measurements: 5,
      indicators: 2,
      audit: before.audit + 1,
      events: before.events + 1,
    });
    const audit = await world.sql<{
      entity: string;
      action: string;
      userId: string;
      changes: Record<string, { after: unknown }>;
    }>(
      `SELECT entity, action, user_id AS "userId", changes FROM audit_event WHERE plan_id = $1 AND entity_id = $2`,
      [plan.id, importId],
    );
    expect(audit).toEqual([
      {
        entity: 'FigureImport',
        action: 'CREATE',
        userId: world.coordinator.user.id,
        changes: {
          fileName: { before: null, after: 'jeugd 2023.csv' },
          counts: { before: null, after: shown.counts },
        },
      },
    ]);
    const [event] = await world.sql<{ entity: string; entityId: string }>(
      `SELECT entity, entity_id AS "entityId" FROM plan_event WHERE plan_id = $1 ORDER BY sequence DESC LIMIT 1`,
      [plan.id],
    );
    expect(event).toEqual({ entity: 'FigureImport', entityId: importId });
    const [stored] = await world.sql(
      `SELECT status, content IS NULL AS "contentDropped", counts, confirmed_at IS NOT NULL AS "confirmed" FROM figure_import WHERE id = $1`,
      [importId],
    );
    expect(stored).toEqual({
      status: 'CONFIRMED',
      contentDropped: true,
      counts: shown.counts,
      confirmed: true,
    });

    // The same file again: nothing to do, and nothing is touched.
    const again = await uploaded(world.baseUrl, world.coordinator, plan.id, WIDE, 'jeugd 2023.csv');
    const second = dataOf(
      await preview(world.coordinator, { planId: plan.id, importId: again }),
    ).previewFigureImport;
    expect(second.counts).toMatchObject({ create: 0, update: 0, unchanged: 5, newIndicators: 0 });
    const repeated = dataOf(
      await confirm(world.coordinator, { planId: plan.id, importId: again, mapping }),
    ).confirmFigureImport;
    expect(repeated.counts).toMatchObject({ create: 0, update: 0, unchanged: 5 });
    expect(await totals(plan.id)).toMatchObject({
      measurements: 5,
      versions: after.versions,
      indicators: 2,
    });

    // A figure edited in the file is an update, with the value it replaces.
    const edited = await uploaded(
      world.baseUrl,
      world.coordinator,
      plan.id,
      WIDE.replace('GM0363;2023;12,5', 'GM0363;2023;12,7'),
      'jeugd 2023 v2.csv',
    );
    const third = dataOf(
      await preview(world.coordinator, { planId: plan.id, importId: edited }),
    ).previewFigureImport;
    expect(third.counts).toMatchObject({ create: 0, update: 1, unchanged: 4 });
    expect(third.toUpdate).toEqual([
      {
        rowNumber: 2,
        indicatorName: 'jongeren met jeugdhulp',
        areaCode: 'GM0363',
        areaName: expect.any(String),
        period: '2023JJ00',
        value: 12.7,
        previousValue: 12.5,
      },
    ]);
  });

  it('takes the indicators the user chose: an existing one, or a new one with its unit and direction', async () => {
    const { plan, indicatorId } = await planWithFigures();
    const long = [
      "Onderwerp;Regio's;Perioden;Waarde",
      'Jeugdhulp;GM0363;2024;11,5',
      'Jeugdhulp;GM0599;2024;12,5',
      'Schoolverzuim;GM0363;2024;30',
    ].join('\n');
    const importId = await uploaded(world.baseUrl, world.coordinator, plan.id, long, 'lang.csv');
    const detected = dataOf(
      await preview(world.coordinator, { planId: plan.id, importId }),
    ).previewFigureImport;
    expect(detected.mapping).toEqual({
      areaColumn: 1,
      periodColumn: 2,
      valueColumns: [3],
      indicatorColumn: 0,
    });
    const mapping = {
      ...detected.mapping,
      indicators: [
        { sourceName: 'Jeugdhulp', indicatorId },
        { sourceName: 'Schoolverzuim', unit: 'per 1.000 leerlingen', betterDirection: 'LOWER' },
      ],
    };
    const shown = dataOf(
      await preview(world.coordinator, { planId: plan.id, importId, mapping }),
    ).previewFigureImport;
    expect(shown.indicators).toEqual([
      {
        sourceName: 'Jeugdhulp',
        indicatorId,
        name: 'jongeren met jeugdhulp',
        unit: '%',
        betterDirection: 'LOWER',
        rowCount: 2,
      },
      {
        sourceName: 'Schoolverzuim',
        indicatorId: null,
        name: 'Schoolverzuim',
        unit: 'per 1.000 leerlingen',
        betterDirection: 'LOWER',
        rowCount: 1,
      },
    ]);
    expect(shown.counts).toMatchObject({ rows: 3, create: 3, update: 0, newIndicators: 1 });
    const result = dataOf(
      await confirm(world.coordinator, { planId: plan.id, importId, mapping }),
    ).confirmFigureImport;
    expect(result.counts).toMatchObject({ create: 3, update: 0, unchanged: 0 });
    expect(
      (await measurements(plan.id))
        .filter((row) => row.period === '2024JJ00')
        .map((row) => [row.indicator, row.areaCode, row.value]),
    ).toEqual([
      ['jongeren met jeugdhulp', 'GM0363', 11.5],
      ['jongeren met jeugdhulp', 'GM0599', 12.5],
      ['Schoolverzuim', 'GM0363', 30],
    ]);

    // An indicator of another plan is not one to choose.
    const other = await planWithFigures();
    const next = await uploaded(world.baseUrl, world.coordinator, plan.id, long, 'lang.csv');
    const refused = await preview(world.coordinator, {
      planId: plan.id,
      importId: next,
      mapping: {
        ...detected.mapping,
        indicators: [{ sourceName: 'Jeugdhulp', indicatorId: other.indicatorId }],
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a mapping that does not fit the file', async () => {
    const importId = await uploaded(
      world.baseUrl,
      world.coordinator,
      world.plan.id,
      WIDE,
      'jeugd.csv',
    );
    const response = await preview(world.coordinator, {
      planId: world.plan.id,
      importId,
      mapping: { areaColumn: 0, periodColumn: 0, valueColumns: [2, 9] },
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: {
        'input.mapping.areaColumn': [expect.any(String)],
        'input.mapping.valueColumns': [expect.stringContaining('9')],
      },
    });
  });

  it('confirms an import once: a second confirm is IMPORT_ALREADY_DONE and writes nothing', async () => {
    const plan = await world.planWith({ GM0363: 'Amsterdam' });
    const importId = await uploaded(world.baseUrl, world.coordinator, plan.id, WIDE, 'jeugd.csv');
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3] };
    dataOf(await confirm(world.coordinator, { planId: plan.id, importId, mapping }));
    const before = await totals(plan.id);
    const second = await confirm(world.coordinator, { planId: plan.id, importId, mapping });
    expect(second.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IMPORT_ALREADY_DONE',
    });
    expect(
      (await preview(world.coordinator, { planId: plan.id, importId })).errors?.[0]?.extensions,
    ).toMatchObject({ reason: 'IMPORT_ALREADY_DONE' });
    expect(await totals(plan.id)).toEqual(before);
  });

  it('imports once when two people confirm the same import at the same moment', async () => {
    const plan = await world.planWith({ GM0363: 'Amsterdam' });
    const importId = await uploaded(world.baseUrl, world.coordinator, plan.id, WIDE, 'jeugd.csv');
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3] };
    const answers = await Promise.all([
      confirm(world.coordinator, { planId: plan.id, importId, mapping }),
      confirm(world.coordinator, { planId: plan.id, importId, mapping }),
    ]);
    const done = answers.filter((answer) => !answer.errors);
    expect(done).toHaveLength(1);
    expect(answers.find((answer) => answer.errors)?.errors?.[0]?.extensions).toMatchObject({
      reason: 'IMPORT_ALREADY_DONE',
    });
    const created = done[0]?.data?.confirmFigureImport.counts.create ?? 0;
    expect(created).toBeGreaterThan(0);
    expect((await totals(plan.id)).measurements).toBe(created);
  });

  it('loses no edit: someone saving a figure the import changed meanwhile gets CONFLICT', async () => {
    const { plan } = await planWithFigures();
    const [open] = await world.sql<{ id: string; version: number }>(
      // Rotterdam's 14 becomes 13,1 in the file.
      `SELECT id, version FROM measurement WHERE plan_id = $1 AND area_code = 'GM0599'`,
      [plan.id],
    );
    const importId = await uploaded(world.baseUrl, world.coordinator, plan.id, WIDE, 'jeugd.csv');
    const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3] };
    dataOf(await confirm(world.coordinator, { planId: plan.id, importId, mapping }));

    // The form was opened before the import: its version is the old one.
    const saved = await world.coordinator.graphql(
      `mutation ($input: UpdateMeasurementInput!) { updateMeasurement(input: $input) { id } }`,
      { input: { id: open?.id, version: open?.version, value: 99 } },
    );
    expect(saved.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const [now] = await world.sql<{ value: number }>(
      'SELECT value FROM measurement WHERE id = $1',
      [open?.id],
    );
    expect(now?.value).toBe(13.1);
  });

  it('sends an adopted plan back to draft, like every change to its content', async () => {
    const plan = await world.planWith({ GM0363: 'Amsterdam' });
    await world.sql(`UPDATE plan SET status = 'ADOPTED' WHERE id = $1`, [plan.id]);
    const importId = await uploaded(world.baseUrl, world.coordinator, plan.id, WIDE, 'jeugd.csv');
    dataOf(
      await confirm(world.coordinator, {
        planId: plan.id,
        importId,
        mapping: { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3] },
      }),
    );
    const [row] = await world.sql<{ status: string }>('SELECT status FROM plan WHERE id = $1', [
      plan.id,
    ]);
    expect(row?.status).toBe('DRAFT');
    const audit = await world.sql<{ entity: string }>(
      'SELECT entity FROM audit_event WHERE plan_id = $1 ORDER BY id',
      [plan.id],
    );
    expect(audit.map((entry) => entry.entity).slice(-2)).toEqual(['Plan', 'FigureImport']);
  });

  it('refuses a file that is not a figures file at upload, and keeps nothing of it', async () => {
    const [{ count: before }] = (await world.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM figure_import',
    )) as [{ count: number }];
    const binary = await uploadFile(
      world.baseUrl,
      world.coordinator,
      world.plan.id,
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0, 0, 0]),
      'programma.exe',
    );
    expect(binary).toEqual({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FILE', message: expect.any(String) },
    });
    const notOctets = await uploadFile(
      world.baseUrl,
      world.coordinator,
      world.plan.id,
      WIDE,
      'jeugd.csv',
      'text/plain',
    );
    expect(notOctets).toMatchObject({
      status: 400,
      body: { code: 'BAD_USER_INPUT', reason: 'UNSUPPORTED_FILE' },
    });
    const [{ count: after }] = (await world.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM figure_import',
    )) as [{ count: number }];
    expect(after).toBe(before);
  });

  it('refuses a body over 20 MB with 413 FILE_TOO_LARGE', async () => {
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1, 0x41);
    const response = await uploadFile(
      world.baseUrl,
      world.coordinator,
      world.plan.id,
      huge,
      'groot.csv',
    );
    expect(response).toEqual({
      status: 413,
      body: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', message: expect.any(String) },
    });
  });

  describe('who may import', () => {
    it('lets no VIEWER or CONTRIBUTOR upload, preview or confirm (FORBIDDEN), and no outsider see the plan (NOT_FOUND)', async () => {
      const importId = await uploaded(
        world.baseUrl,
        world.coordinator,
        world.plan.id,
        WIDE,
        'jeugd.csv',
      );
      const mapping = { areaColumn: 0, periodColumn: 1, valueColumns: [2, 3] };
      for (const role of [PlanRole.VIEWER, PlanRole.CONTRIBUTOR]) {
        const person = await world.member(role);
        expect(
          await uploadFile(world.baseUrl, person, world.plan.id, WIDE, 'jeugd.csv'),
        ).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
        expect(
          (await preview(person, { planId: world.plan.id, importId })).errors?.[0]?.extensions[
            'code'
          ],
        ).toBe('FORBIDDEN');
        expect(
          (await confirm(person, { planId: world.plan.id, importId, mapping })).errors?.[0]
            ?.extensions['code'],
        ).toBe('FORBIDDEN');
      }
      const outsider = await world.outsider();
      expect(
        await uploadFile(world.baseUrl, outsider, world.plan.id, WIDE, 'jeugd.csv'),
      ).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
      expect(
        (await preview(outsider, { planId: world.plan.id, importId })).errors?.[0]?.extensions[
          'code'
        ],
      ).toBe('NOT_FOUND');

      // An EDITOR may; the import of another plan does not exist here.
      const editor = await world.member(PlanRole.EDITOR);
      expect(
        dataOf(await preview(editor, { planId: world.plan.id, importId })).previewFigureImport
          .importId,
      ).toBe(importId);
      const otherPlan = await world.planWith({ GM0599: 'Rotterdam' });
      const elsewhere = await uploaded(
        world.baseUrl,
        world.coordinator,
        otherPlan.id,
        WIDE,
        'jeugd.csv',
      );
      expect(
        (await preview(world.coordinator, { planId: world.plan.id, importId: elsewhere }))
          .errors?.[0]?.extensions['code'],
      ).toBe('NOT_FOUND');
      expect(
        (await confirm(world.coordinator, { planId: world.plan.id, importId: elsewhere, mapping }))
          .errors?.[0]?.extensions['code'],
      ).toBe('NOT_FOUND');
    });
  });

  it('clears pending imports nobody confirmed within a day at the next upload', async () => {
    const old = await uploaded(world.baseUrl, world.coordinator, world.plan.id, WIDE, 'oud.csv');
    await world.sql(
      `UPDATE figure_import SET created_at = now() - interval '25 hours' WHERE id = $1`,
      [old],
    );
    // Expired already, before anything clears it.
    expect(
      (await preview(world.coordinator, { planId: world.plan.id, importId: old })).errors?.[0]
        ?.extensions['code'],
    ).toBe('NOT_FOUND');
    await uploaded(world.baseUrl, world.coordinator, world.plan.id, WIDE, 'nieuw.csv');
    expect(await world.sql('SELECT id FROM figure_import WHERE id = $1', [old])).toEqual([]);
  });
});
