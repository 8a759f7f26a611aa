import {
  buildSeries,
  chartLayout,
  chartTable,
  linearScale,
  markerPath,
  niceTicks,
  periodPosition,
  seriesStyle,
  trendOf,
  valueDomain,
} from './indicator-chart';

const yearly = (areaCode: string, values: Record<number, number>) =>
  Object.entries(values).map(([year, value]) => ({ areaCode, period: `${year}JJ00`, value }));

describe('indicator chart', () => {
  it('places a period at its middle, in years', () => {
    expect(periodPosition('2023JJ00')).toBe(2023.5);
    expect(periodPosition('2023')).toBe(2023.5);
    expect(periodPosition('2023KW01')).toBe(2023.125);
    expect(periodPosition('2023MM12')).toBeCloseTo(2023 + 11.5 / 12);
    expect(periodPosition('2023Q1')).toBeUndefined();
  });

  it('makes one line per gemeente, oldest first: the plan’s order, others, Nederland last', () => {
    const series = buildSeries(
      [
        ...yearly('NL01', { 2021: 12, 2020: 11 }),
        ...yearly('GM0001', { 2020: 5 }),
        ...yearly('GM1998', { 2020: 9 }),
        ...yearly('GM1997', { 2021: 8, 2020: 7 }),
      ],
      ['GM1997', 'GM1998'],
    );
    expect(series.map((line) => line.key)).toEqual(['GM1997', 'GM1998', 'GM0001', 'NL01']);
    expect(series[0]?.points.map((point) => point.period)).toEqual(['2020JJ00', '2021JJ00']);
    expect(series[0]?.kind).toBeNull();
  });

  it('keeps years and quarters of one gemeente apart when an indicator mixes them', () => {
    const series = buildSeries(
      [
        { areaCode: 'GM1997', period: '2023JJ00', value: 10 },
        { areaCode: 'GM1997', period: '2024KW01', value: 11 },
        { areaCode: 'GM1997', period: 'nonsense', value: 99 },
      ],
      ['GM1997'],
    );
    expect(series.map((line) => [line.key, line.kind, line.points.length])).toEqual([
      ['GM1997|QUARTER', 'QUARTER', 1],
      ['GM1997|YEAR', 'YEAR', 1],
    ]);
  });

  it('uses round ticks and an axis around every value and target', () => {
    expect(niceTicks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(10.6, 13.2, 5)).toEqual([11, 12, 13]);
    expect(niceTicks(3, 3)).toEqual([3]);
    expect(valueDomain([10.6, 13.2, 9])).toEqual([9, 14]);
    expect(valueDomain([82, 86.5])).toEqual([82, 87]);
    expect(valueDomain([0.2, 0.4])).toEqual([0.2, 0.4]);
    expect(valueDomain([5, 5])).toEqual([4.4, 5.6]);
    expect(valueDomain([-3, 2])).toEqual([-3, 2]);
    expect(valueDomain([])).toEqual([0, 1]);
    expect(linearScale([0, 10], [100, 0])(2.5)).toBe(75);
  });

  it('lays out lines, one tick per year, and the target as a line with its label', () => {
    const series = buildSeries(
      [...yearly('GM1997', { 2020: 13, 2024: 11 }), ...yearly('NL01', { 2020: 12, 2024: 12 })],
      ['GM1997'],
    );
    const layout = chartLayout(series, [
      { value: 10, year: 2028 },
      { value: 10.2, year: 2027 },
    ]);
    expect(layout.xTicks.map((tick) => tick.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(layout.xTicks[0]?.x).toBeGreaterThan(layout.plot.left);
    expect(layout.xTicks.at(-1)?.x).toBeLessThan(layout.plot.right);
    expect(layout.lines[0]?.path).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(layout.lines.map((line) => line.style.marker)).toEqual(['circle', 'square']);
    // The axis reaches the targets; a lower value is drawn lower.
    expect(layout.yTicks[0]?.value).toBeLessThanOrEqual(10);
    const [high, low] = layout.targets;
    expect(high?.value).toBe(10.2);
    expect(low?.y).toBeGreaterThan(high?.y ?? 0);
    // Labels of close targets do not overlap.
    expect((low?.labelY ?? 0) - (high?.labelY ?? 0)).toBeGreaterThanOrEqual(16);
  });

  it('tells lines apart by colour, marker and dash pattern', () => {
    const styles = [0, 1, 2, 3, 4, 5].map(seriesStyle);
    expect(new Set(styles.map((style) => style.colour)).size).toBe(6);
    expect(new Set(styles.map((style) => style.marker)).size).toBe(6);
    expect(new Set(styles.map((style) => style.dash)).size).toBe(6);
    expect(markerPath('square', 10, 10, 8)).toBe('M6 6h8v8h-8Z');
    expect(markerPath('circle', 10, 10, 8)).toContain('a4 4');
  });

  it('says whether a line went the better or the worse way', () => {
    const [line] = buildSeries(yearly('GM1997', { 2020: 13, 2024: 11 }), []);
    expect(line && trendOf(line, 'LOWER')?.change).toBe('BETTER');
    expect(line && trendOf(line, 'HIGHER')?.change).toBe('WORSE');
    const [flat] = buildSeries(yearly('GM1997', { 2020: 5, 2021: 5 }), []);
    expect(flat && trendOf(flat, 'HIGHER')?.change).toBe('SAME');
    expect(trendOf({ key: 'x', areaCode: 'x', kind: null, points: [] }, 'HIGHER')).toBeNull();
  });

  it('gives a table with a row per period and a column per line', () => {
    const series = buildSeries(
      [...yearly('GM1997', { 2021: 8, 2020: 7 }), ...yearly('NL01', { 2021: 12 })],
      ['GM1997'],
    );
    const table = chartTable(series);
    expect(table.periods).toEqual(['2020JJ00', '2021JJ00']);
    expect(table.value('GM1997', '2020JJ00')).toBe(7);
    expect(table.value('NL01', '2020JJ00')).toBeUndefined();
  });
});
