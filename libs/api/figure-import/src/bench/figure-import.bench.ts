import { useTestDatabase } from '@oogo/api-core/testing';
import { parsePeriod, type Period } from '@oogo/shared-domain';
import { performance } from 'node:perf_hooks';
import { GEMEENTEN, MAX_FILE_BYTES, MAX_ROWS } from '../reading';
import { confirm, dataOf, preview, uploaded } from '../testing/figure-import-client';
import { useFigureImportWorld } from '../testing/figure-import-world';

// The largest file the import takes: ~20 MB, 200,000 rows (100 gemeenten × 4 indicators ×
// 500 periods, long format), through the running api: upload → preview → confirm, and the
// same file once more (every figure unchanged). Peak memory is sampled every 50 ms. The
// baseline, in the same run: the same 200,000 rows inserted by raw SQL (batched unnest
// INSERTs) into another plan, the floor any import stands on. The api runs in this process.

const database = useTestDatabase();

const AREAS = GEMEENTEN.slice(0, 100);
const INDICATORS = [
  'Jongeren met jeugdhulp in de leeftijd van 0 tot 18 jaar (%)',
  'Jongeren met jeugdbescherming in de leeftijd van 0 tot 18 jaar (%)',
  'Jongeren met jeugdreclassering in de leeftijd van 12 tot 23 jaar (%)',
  'Voortijdig schoolverlaters zonder startkwalificatie in het onderwijs (%)',
];
// 500 periods in the past: the months of 1990–2024 and the quarters of 1990–2009
const PERIODS = [
  ...Array.from(
    { length: 35 * 12 },
    (_, i) => `${1990 + Math.floor(i / 12)}MM${String((i % 12) + 1).padStart(2, '0')}`,
  ),
  ...Array.from({ length: 20 * 4 }, (_, i) => `${1990 + Math.floor(i / 4)}KW0${(i % 4) + 1}`),
];

/** The file, and the same figures as columns for the SQL baseline. */
function largeFile() {
  const lines = ["Onderwerp;Regio's;Gemeentenaam;Perioden;Waarde"];
  const figures = {
    indicator: [] as number[],
    area: [] as string[],
    period: [] as string[],
    value: [] as number[],
  };
  for (const [i, indicator] of INDICATORS.entries()) {
    for (const area of AREAS) {
      for (const [p, period] of PERIODS.entries()) {
        const value =
          Math.round(((i + 1) * 7 + (p % 37) * 0.31 + area.code.charCodeAt(5)) * 100) / 100;
        lines.push(
          `${indicator};${area.code};${area.name};${period};${String(value).replace('.', ',')}`,
        );
        figures.indicator.push(i);
        figures.area.push(area.code);
        figures.period.push(period);
        figures.value.push(value);
      }
    }
  }
  return { bytes: Buffer.from(lines.join('\r\n'), 'utf8'), figures };
}

interface Measured {
  ms: number;
  peakRssMb: number;
  peakHeapMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Times `work` and samples this process's memory every 50 ms while it runs. */
async function measure<T>(work: () => Promise<T>): Promise<Measured & { value: T }> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    peakRss = Math.max(peakRss, rss);
    peakHeap = Math.max(peakHeap, heapUsed);
  };
  sample();
  const timer = setInterval(sample, 50);
  const start = performance.now();
  try {
    const value = await work();
    sample();
    return {
      ms: Math.round(performance.now() - start),
      peakRssMb: mb(peakRss),
      peakHeapMb: mb(peakHeap),
      value,
    };
  } finally {
    clearInterval(timer);
  }
}

describe('figure import of the largest file', () => {
  const world = useFigureImportWorld(database);

  it('uploads, previews and confirms 200,000 rows; baseline: the same rows by raw SQL', async () => {
    const { bytes, figures } = largeFile();
    expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    expect(figures.value.length).toBe(MAX_ROWS);
    const plan = await world.planWith(
      Object.fromEntries(AREAS.map((area) => [area.code, area.name])),
    );
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const rows: [string, Measured][] = [];

    const upload = await measure(() =>
      uploaded(world.baseUrl, world.coordinator, plan.id, bytes, 'groot.csv'),
    );
    rows.push(['upload (HTTP, read, store)', upload]);
    const importId = upload.value;
    const shown = await measure(
      async () =>
        dataOf(await preview(world.coordinator, { planId: plan.id, importId })).previewFigureImport,
    );
    rows.push(['preview (read, compare)', shown]);
    expect(shown.value.counts).toMatchObject({
      rows: MAX_ROWS,
      create: MAX_ROWS,
      rejected: 0,
      newIndicators: 4,
    });
    const done = await measure(
      async () =>
        dataOf(
          await confirm(world.coordinator, {
            planId: plan.id,
            importId,
            mapping: shown.value.mapping,
          }),
        ).confirmFigureImport,
    );
    rows.push(['confirm (read, write)', done]);
    expect(done.value.counts).toMatchObject({ create: MAX_ROWS, update: 0 });
    const total = {
      ms: upload.ms + shown.ms + done.ms,
      peakRssMb: Math.max(upload.peakRssMb, shown.peakRssMb, done.peakRssMb),
      peakHeapMb: Math.max(upload.peakHeapMb, shown.peakHeapMb, done.peakHeapMb),
    };
    rows.push(['upload + preview + confirm', total]);

    const again = await measure(async () => {
      const id = await uploaded(world.baseUrl, world.coordinator, plan.id, bytes, 'groot.csv');
      const second = dataOf(
        await preview(world.coordinator, { planId: plan.id, importId: id }),
      ).previewFigureImport;
      return dataOf(
        await confirm(world.coordinator, {
          planId: plan.id,
          importId: id,
          mapping: second.mapping,
        }),
      ).confirmFigureImport;
    });
    rows.push(['same file again (all unchanged)', again]);
    expect(again.value.counts).toMatchObject({ create: 0, update: 0, unchanged: MAX_ROWS });

    // Baseline: the same rows straight into another plan's measurement table.
    const other = await world.planWith({});
    const indicatorIds: string[] = [];
    for (const name of INDICATORS) {
      const [row] = await world.sql<{ id: string }>(
        `INSERT INTO indicator (plan_id, name, unit, better_direction) VALUES ($1, $2, '%', 'LOWER') RETURNING id`,
        [other.id, name],
      );
      indicatorIds.push((row as { id: string }).id);
    }
    const baseline = await measure(async () => {
      const { Client } = await import('pg');
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query('BEGIN');
        for (let start = 0; start < figures.value.length; start += 20_000) {
          const end = start + 20_000;
          const periods = figures.period.slice(start, end);
          await client.query(
            `INSERT INTO measurement (plan_id, indicator_id, area_code, period, period_start, period_end, value)
             SELECT $1, f.i, f.a, f.p, to_date(left(f.p, 4) || right(f.p, 2), 'YYYYMM'),
                    (to_date(left(f.p, 4) || right(f.p, 2), 'YYYYMM') + interval '1 month - 1 day')::date, f.v
               FROM unnest($2::uuid[], $3::text[], $4::text[], $5::float8[]) AS f(i, a, p, v)`,
            [
              other.id,
              figures.indicator.slice(start, end).map((i) => indicatorIds[i]),
              figures.area.slice(start, end),
              periods,
              figures.value.slice(start, end),
            ],
          );
        }
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
    });
    rows.push(['baseline: raw SQL insert', baseline]);

    const line = (label: string, m: Measured) =>
      `${label.padEnd(34)} ${String(m.ms).padStart(8)} ${String(m.peakRssMb).padStart(9)} ${String(m.peakHeapMb).padStart(10)}`;
    console.log(
      [
        `Figure import: ${mb(bytes.length)} MB, ${figures.value.length} rows (${AREAS.length} gemeenten × ${INDICATORS.length} indicators × ${PERIODS.length} periods)`,
        `memory before: rss ${mb(rss)} MB, heap ${mb(heapUsed)} MB`,
        `${'step'.padEnd(34)} ${'ms'.padStart(8)} ${'peak rss'.padStart(9)} ${'peak heap'.padStart(10)}`,
        ...rows.map(([label, m]) => line(label, m)),
        `import (upload + preview + confirm) / raw SQL: ${(total.ms / baseline.ms).toFixed(1)}×; confirm alone / raw SQL: ${(done.ms / baseline.ms).toFixed(1)}×`,
      ].join('\n'),
    );
  });
});
