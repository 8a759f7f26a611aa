import { useTestDatabase } from '@oogo/api-core/testing';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { ExportWorld, startExportWorld } from '../testing/export-world';

// The measurements of a large plan (200,000 rows) as CSV and XLSX over HTTP: how long the
// download takes and how much the api's heap grows meanwhile (api and client share this
// process, so the figure is an upper bound for the api), against the same rows fetched by raw
// SQL in the same run.

const INDICATORS = 10;
const AREAS = 1000;
const YEARS = 20;
const ROWS = INDICATORS * AREAS * YEARS;

const database = useTestDatabase();

describe(`export of ${ROWS.toLocaleString('nl-NL')} measurements`, () => {
  let world: ExportWorld;

  beforeAll(async () => {
    world = await startExportWorld(database.url);
    await world.sql(`DELETE FROM measurement WHERE plan_id = $1`, [world.plan.id]);
    await world.sql(
      `INSERT INTO indicator (plan_id, name, unit, better_direction)
       SELECT $1, 'Benchindicator ' || n, '%', 'LOWER' FROM generate_series(1, $2) n`,
      [world.plan.id, INDICATORS - 1],
    );
    await world.sql(
      `INSERT INTO measurement (plan_id, indicator_id, area_code, period, period_start, period_end, value, source)
       SELECT $1, i.id, 'GM' || lpad(a::text, 4, '0'), y || 'JJ00', make_date(y, 1, 1), make_date(y, 12, 31),
              round((random() * 100)::numeric, 2)::float8, 'CBS 84134NED'
         FROM indicator i, generate_series(1, $2) a, generate_series(2005, 2004 + $3) y
        WHERE i.plan_id = $1`,
      [world.plan.id, AREAS, YEARS],
    );
    const [{ count }] = await world.sql<{ count: number }>(
      'SELECT count(*)::int AS count FROM measurement WHERE plan_id = $1',
      [world.plan.id],
    );
    expect(count).toBe(ROWS);
  });

  afterAll(async () => {
    await world?.close();
  });

  async function timeDownload(file: string): Promise<{ body: Buffer; ms: number; heapMb: number }> {
    global.gc?.();
    const baseHeap = process.memoryUsage().heapUsed;
    let peakHeap = baseHeap;
    const sampler = setInterval(() => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }, 20);
    const cookie = [...world.coordinator.browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const start = performance.now();
    const response = await fetch(`${world.baseUrl}/api/plans/${world.plan.id}/export/${file}`, {
      headers: { cookie },
    });
    // Read as a stream and count, so the client does not hold the file twice.
    const chunks: Buffer[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      chunks.push(Buffer.from(chunk));
    }
    const ms = performance.now() - start;
    clearInterval(sampler);
    const body = Buffer.concat(chunks);
    // The received file itself is in the heap too; take it out of the api's share.
    const heapMb = (peakHeap - baseHeap - body.length) / 1024 / 1024;
    expect(response.status).toBe(200);
    return { body, ms, heapMb };
  }

  // The floor: the rows and columns the files hold, read by one raw SQL statement.
  let baselineMs = 0;
  it('baseline: reads the same rows by raw SQL', async () => {
    const start = performance.now();
    const rows = await world.sql(
      `SELECT i.name, i.unit, m.area_code, m.period, m.value, m.source, m.measured_on
         FROM measurement m JOIN indicator i ON i.id = m.indicator_id
        WHERE m.plan_id = $1 ORDER BY i.created_at, i.id, m.area_code, m.period_start`,
      [world.plan.id],
    );
    baselineMs = performance.now() - start;
    expect(rows).toHaveLength(ROWS);
    console.log(`raw SQL: ${ROWS} rows in ${Math.round(baselineMs)} ms`);
  });

  const ratio = (ms: number) => (baselineMs ? ` (${(ms / baselineMs).toFixed(1)}× raw SQL)` : '');

  it('streams the CSV', async () => {
    const { body, ms, heapMb } = await timeDownload('metingen.csv');
    const lines = body.toString('utf8').split('\r\n').length - 1;
    expect(lines).toBe(ROWS + 1);
    console.log(
      `metingen.csv: ${ROWS} rows, ${(body.length / 1024 / 1024).toFixed(1)} MB in ${Math.round(ms)} ms${ratio(ms)}; heap growth ≤ ${heapMb.toFixed(0)} MB`,
    );
  });

  it('streams the XLSX', async () => {
    const { body, ms, heapMb } = await timeDownload('metingen.xlsx');
    console.log(
      `metingen.xlsx: ${ROWS} rows, ${(body.length / 1024 / 1024).toFixed(1)} MB in ${Math.round(ms)} ms${ratio(ms)}; heap growth ≤ ${heapMb.toFixed(0)} MB`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Metingen')?.rowCount).toBe(ROWS + 1);
  });
});
