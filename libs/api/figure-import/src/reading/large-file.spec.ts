import { GEMEENTEN } from '../areas/areas';
import { MAX_FILE_BYTES, MAX_ROWS } from './figure-file';
import { openFigureFile } from './open-figure-file';

/**
 * A StatLine-like wide CSV of exactly MAX_ROWS data rows, close to MAX_FILE_BYTES, built in
 * memory: every gemeente × some 600 periods, three value columns.
 */
/** 1990–2024 as months, then quarters, then years: enough distinct periods per gemeente. */
function periodCode(index: number): string {
  if (index < 35 * 12)
    return `${1990 + Math.floor(index / 12)}MM${String((index % 12) + 1).padStart(2, '0')}`;
  const quarter = index - 35 * 12;
  if (quarter < 35 * 4) return `${1990 + Math.floor(quarter / 4)}KW0${(quarter % 4) + 1}`;
  return `${1990 + quarter - 35 * 4}JJ00`;
}

function largeCsv(rows: number): Buffer {
  const lines = [
    "Regio's;Perioden;Jongeren met jeugdhulp (%);Jongeren met jeugdbescherming (aantal);Jeugdreclassering (per 1.000 jongeren);Bron",
  ];
  for (let row = 0; row < rows; row += 1) {
    const gemeente = GEMEENTEN[row % GEMEENTEN.length];
    const period = periodCode(Math.floor(row / GEMEENTEN.length));
    lines.push(
      `"${gemeente.code}    ";"${period}";"${row % 200},${row % 10}";"${1000 + (row % 9000)}";"${row % 97},25";"CBS StatLine 84134NED, bewerkt door de jeugdmonitor"`,
    );
  }
  lines.push('', 'Bron: CBS');
  return Buffer.from(lines.join('\r\n'), 'utf8');
}

describe('a file at the limits', () => {
  it(`reads ${MAX_ROWS} rows completely, streaming, in bounded memory`, async () => {
    const bytes = largeCsv(MAX_ROWS);
    expect(bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
    global.gc?.();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    let peakRss = before.rss;
    const sample = () => {
      const usage = process.memoryUsage();
      peakHeap = Math.max(peakHeap, usage.heapUsed);
      peakRss = Math.max(peakRss, usage.rss);
    };
    const started = performance.now();
    const file = await openFigureFile(bytes, 'groot.csv', { today: new Date('2025-06-01') });
    const opened = performance.now();
    expect(file.rowCount).toBe(MAX_ROWS);

    let figures = 0;
    let other = 0;
    let seen = 0;
    for await (const outcome of file.rows(file.detectedMapping)) {
      if (outcome.kind === 'figure') figures += 1;
      else other += 1;
      seen += 1;
      if (seen % 20_000 === 0) sample();
    }
    sample();
    const finished = performance.now();
    expect(figures).toBe(MAX_ROWS * 3);
    expect(other).toBe(0);

    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    // Figures for the closing note; timing is not asserted, the machine is shared.
    console.log(
      `${MAX_ROWS} rows, ${mb(bytes.length)} CSV: open (scan) ${(opened - started).toFixed(0)} ms, ` +
        `rows() ${(finished - opened).toFixed(0)} ms; heap ${mb(before.heapUsed)} → peak ` +
        `${mb(peakHeap)}, rss ${mb(before.rss)} → peak ${mb(peakRss)}`,
    );
  }, 120_000);

  it(`refuses more than ${MAX_ROWS} data rows while streaming`, async () => {
    await expect(openFigureFile(largeCsv(MAX_ROWS + 1), 'te-groot.csv')).rejects.toMatchObject({
      refusal: 'TOO_MANY_ROWS',
    });
  }, 120_000);
});
