import { parsePeriod, type BetterDirection, type PeriodKind } from '@oogo/shared-domain';

// The pure part of an indicator chart: series per gemeente, scales, ticks, the target line and
// what the figures did, so the SVG component only draws what this computes.

export interface ChartMeasurement {
  areaCode: string;
  period: string;
  value: number;
}

export interface ChartPoint {
  period: string;
  /** The middle of the period, in years (2023JJ00 → 2023.5). */
  position: number;
  value: number;
}

export interface ChartSeries {
  key: string;
  areaCode: string;
  /** Only set when the indicator mixes years, quarters or months: one line per kind. */
  kind: PeriodKind | null;
  points: ChartPoint[];
}

export interface ChartTarget {
  value: number;
  year: number;
}

export const NATIONAL_AREA = 'NL01';

/** The middle of a CBS period in years: 2023JJ00 → 2023.5, 2023KW01 → 2023.125. */
export function periodPosition(code: string): number | undefined {
  const period = parsePeriod(code);
  if (!period) return undefined;
  if (period.kind === 'YEAR') return period.year + 0.5;
  const month = Number(period.start.slice(5, 7)) - 1;
  const months = period.kind === 'QUARTER' ? 3 : 1;
  return period.year + (month + months / 2) / 12;
}

/**
 * One line per area (per kind of period, when the indicator mixes them), oldest first. Order:
 * the plan's gemeenten as given, then other areas by code, the Netherlands (NL01) last.
 */
export function buildSeries(
  measurements: readonly ChartMeasurement[],
  areaOrder: readonly string[],
): ChartSeries[] {
  const placed = measurements.flatMap((measurement) => {
    const period = parsePeriod(measurement.period);
    const position = periodPosition(measurement.period);
    return period && position !== undefined ? [{ ...measurement, period, position }] : [];
  });
  const mixed = new Set(placed.map((measurement) => measurement.period.kind)).size > 1;
  const series = new Map<string, ChartSeries>();
  for (const measurement of placed) {
    const kind = mixed ? measurement.period.kind : null;
    const key = kind ? `${measurement.areaCode}|${kind}` : measurement.areaCode;
    const line = series.get(key) ?? { key, areaCode: measurement.areaCode, kind, points: [] };
    line.points.push({
      period: measurement.period.code,
      position: measurement.position,
      value: measurement.value,
    });
    series.set(key, line);
  }
  const rank = (areaCode: string) => {
    if (areaCode === NATIONAL_AREA) return Number.MAX_SAFE_INTEGER;
    const index = areaOrder.indexOf(areaCode);
    return index === -1 ? areaOrder.length : index;
  };
  return [...series.values()]
    .map((line) => ({ ...line, points: line.points.sort((a, b) => a.position - b.position) }))
    .sort(
      (a, b) =>
        rank(a.areaCode) - rank(b.areaCode) ||
        a.areaCode.localeCompare(b.areaCode) ||
        (a.kind ?? '').localeCompare(b.kind ?? ''),
    );
}

/** Round steps (1, 2 or 5 × 10ⁿ) from min to max, about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return [];
  if (max === min) return [min];
  const rough = (max - min) / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step / 1e6; tick += step) {
    ticks.push(Number(tick.toPrecision(12)));
  }
  return ticks;
}

/** The value axis: round numbers around every value and target, a little room at both ends. */
export function valueDomain(values: readonly number[]): [number, number] {
  if (!values.length) return [0, 1];
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const room = Math.abs(min) * 0.1 || 1;
    min -= room;
    max += room;
  }
  const ticks = niceTicks(min, max, 5);
  const step = ticks.length > 1 ? (ticks[1] as number) - (ticks[0] as number) : 1;
  // (the small nudges keep 0.4 / 0.05 = 8.000000001 from becoming 9 steps)
  const low = Number((Math.floor(min / step + 1e-9) * step).toPrecision(12));
  const high = Number((Math.ceil(max / step - 1e-9) * step).toPrecision(12));
  // Figures that cannot be negative (all ≥ 0) keep an axis that starts at 0 or above.
  return [min >= 0 ? Math.max(0, low) : low, high];
}

export function linearScale(
  [domainFrom, domainTo]: readonly [number, number],
  [rangeFrom, rangeTo]: readonly [number, number],
): (value: number) => number {
  const span = domainTo - domainFrom || 1;
  return (value) => rangeFrom + ((value - domainFrom) / span) * (rangeTo - rangeFrom);
}

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'triangle-down' | 'cross';

export interface SeriesStyle {
  /** 1–6: the colour (`--oogo-chart-<n>`). */
  colour: number;
  marker: MarkerShape;
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
}

const MARKERS: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'triangle-down',
  'cross',
];
const DASHES = ['', '8 4', '2 4', '10 4 2 4', '4 4', '12 3 3 3 3 3'];

/** Every line differs in colour, marker shape and dash pattern, so none needs colour to be told apart. */
export function seriesStyle(index: number): SeriesStyle {
  return {
    colour: (index % 6) + 1,
    marker: MARKERS[index % MARKERS.length] as MarkerShape,
    dash: DASHES[index % DASHES.length] as string,
  };
}

/** The SVG path of a marker centred on (x, y), about `size` wide. */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 8): string {
  const r = size / 2;
  const f = (value: number) => Number(value.toFixed(2));
  switch (shape) {
    case 'square':
      return `M${f(x - r)} ${f(y - r)}h${size}v${size}h${-size}Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r - 1)}L${f(x + r + 1)} ${f(y + r)}L${f(x - r - 1)} ${f(y + r)}Z`;
    case 'triangle-down':
      return `M${f(x)} ${f(y + r + 1)}L${f(x + r + 1)} ${f(y - r)}L${f(x - r - 1)} ${f(y - r)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r - 1)}L${f(x + r + 1)} ${f(y)}L${f(x)} ${f(y + r + 1)}L${f(x - r - 1)} ${f(y)}Z`;
    case 'cross':
      return `M${f(x - r)} ${f(y - r)}L${f(x + r)} ${f(y + r)}M${f(x + r)} ${f(y - r)}L${f(x - r)} ${f(y + r)}`;
    default:
      return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${size} 0a${r} ${r} 0 1 0 ${-size} 0`;
  }
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** One tick per year, at the middle of the year (where the yearly figure sits). */
  xTicks: { x: number; year: number }[];
  yTicks: { y: number; value: number }[];
  lines: {
    key: string;
    style: SeriesStyle;
    path: string;
    points: (ChartPoint & { x: number; y: number })[];
  }[];
  /** Horizontal dashed lines; `labelY` keeps labels of close targets apart. */
  targets: (ChartTarget & { y: number; labelY: number })[];
}

export const CHART_SIZE = { width: 640, height: 300 };
const MARGIN = { left: 64, right: 16, top: 24, bottom: 48 };
const LABEL_GAP = 16;

/** Where everything goes in the SVG, in its own units (the viewBox). */
export function chartLayout(
  series: readonly ChartSeries[],
  targets: readonly ChartTarget[],
  size = CHART_SIZE,
): ChartLayout {
  const plot = {
    left: MARGIN.left,
    right: size.width - MARGIN.right,
    top: MARGIN.top,
    bottom: size.height - MARGIN.bottom,
  };
  const points = series.flatMap((line) => line.points);
  const positions = points.map((point) => point.position);
  const first = positions.length ? Math.floor(Math.min(...positions)) : 0;
  const last = positions.length ? Math.ceil(Math.max(...positions)) : 1;
  const x = linearScale([first, last], [plot.left, plot.right]);
  const domain = valueDomain([
    ...points.map((point) => point.value),
    ...targets.map((target) => target.value),
  ]);
  const y = linearScale(domain, [plot.bottom, plot.top]);
  const round = (value: number) => Number(value.toFixed(2));

  const lines = series.map((line, index) => {
    const placed = line.points.map((point) => ({
      ...point,
      x: round(x(point.position)),
      y: round(y(point.value)),
    }));
    return {
      key: line.key,
      style: seriesStyle(index),
      path: placed.map((point, at) => `${at ? 'L' : 'M'}${point.x} ${point.y}`).join(''),
      points: placed,
    };
  });

  const sortedTargets = [...targets].sort((a, b) => b.value - a.value);
  let previousLabel = -Infinity;
  const placedTargets = sortedTargets.map((target) => {
    const lineY = round(y(target.value));
    const labelY = Math.max(lineY - 6, previousLabel + LABEL_GAP, plot.top - 8);
    previousLabel = labelY;
    return { ...target, y: lineY, labelY: round(labelY) };
  });

  const years: number[] = [];
  for (let year = first; year < last; year++) years.push(year);
  return {
    width: size.width,
    height: size.height,
    plot,
    xTicks: years.map((year) => ({ x: round(x(year + 0.5)), year })),
    yTicks: niceTicks(domain[0], domain[1], 5).map((value) => ({ y: round(y(value)), value })),
    lines,
    targets: placedTargets,
  };
}

export type Change = 'BETTER' | 'WORSE' | 'SAME';

/** From the first to the last figure of a line, and whether that is better or worse. */
export function trendOf(
  series: ChartSeries,
  better: BetterDirection,
): { first: ChartPoint; last: ChartPoint; change: Change } | null {
  const first = series.points[0];
  const last = series.points.at(-1);
  if (!first || !last) return null;
  const difference = last.value - first.value;
  const change: Change =
    Math.abs(difference) < 1e-9
      ? 'SAME'
      : difference > 0 === (better === 'HIGHER')
        ? 'BETTER'
        : 'WORSE';
  return { first, last, change };
}

/** The table alternative: one row per period (oldest first), one column per line. */
export function chartTable(series: readonly ChartSeries[]): {
  periods: string[];
  value: (seriesKey: string, period: string) => number | undefined;
} {
  const positions = new Map<string, number>();
  const values = new Map<string, number>();
  for (const line of series) {
    for (const point of line.points) {
      positions.set(point.period, point.position);
      values.set(`${line.key}@${point.period}`, point.value);
    }
  }
  const periods = [...positions.keys()].sort(
    (a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0) || a.localeCompare(b),
  );
  return { periods, value: (seriesKey, period) => values.get(`${seriesKey}@${period}`) };
}
