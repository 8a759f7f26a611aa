import type { ChartBlock } from './agenda-document';
import { formatNumber } from './agenda-words';

// A grouped bar chart (bars per area, grouped per period) as geometry, so the SVG of the PDF
// and the picture in the DOCX are drawn from the same numbers.

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 280;

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart in the legend. */
export const SERIES_COLOURS = ['#1f4e79', '#b34700', '#2e6b30', '#6a1b9a', '#8a6d00', '#505050'];

const MARGIN = { left: 56, right: 12, top: 16, bottom: 34 };
const LEGEND_ROW = 20;

export interface ChartGeometry {
  bars: { x: number; y: number; width: number; height: number; colour: string }[];
  /** Horizontal grid lines with their value. */
  grid: { y: number; label: string }[];
  periodLabels: { x: number; y: number; text: string }[];
  legend: { x: number; y: number; colour: string; text: string }[];
  axis: { x1: number; y1: number; x2: number; y2: number };
  height: number;
}

/** A round step for about four grid lines up to `max`. */
function niceStep(max: number): number {
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const factor = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= rough) ?? 10;
  return factor * power;
}

export function chartGeometry(chart: ChartBlock): ChartGeometry {
  const values = chart.series
    .flatMap((serie) => serie.values)
    .filter((v): v is number => v !== null);
  const max = Math.max(0, ...values);
  const step = max > 0 ? niceStep(max) : 1;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const legendRows = Math.ceil(chart.series.length / 3);
  const plotTop = MARGIN.top;
  const plotBottom = CHART_HEIGHT - MARGIN.bottom;
  const plotHeight = plotBottom - plotTop;
  const plotWidth = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const groupWidth = plotWidth / Math.max(1, chart.periods.length);
  const barWidth = (groupWidth * 0.8) / Math.max(1, chart.series.length);
  const yOf = (value: number) => plotBottom - (Math.max(0, value) / top) * plotHeight;

  const bars = chart.periods.flatMap((_, periodIndex) =>
    chart.series.flatMap((serie, serieIndex) => {
      const value = serie.values[periodIndex];
      if (value === null || value === undefined) return [];
      const y = yOf(value);
      return [
        {
          x: MARGIN.left + periodIndex * groupWidth + groupWidth * 0.1 + serieIndex * barWidth,
          y,
          width: Math.max(1, barWidth - 1),
          height: plotBottom - y,
          colour: SERIES_COLOURS[serieIndex % SERIES_COLOURS.length] as string,
        },
      ];
    }),
  );
  const grid = Array.from({ length: Math.round(top / step) + 1 }, (_, index) => ({
    y: yOf(index * step),
    label: formatNumber(index * step),
  }));
  const periodLabels = chart.periods.map((text, index) => ({
    x: MARGIN.left + index * groupWidth + groupWidth / 2,
    y: plotBottom + 20,
    text,
  }));
  const legend = chart.series.map((serie, index) => ({
    x: MARGIN.left + (index % 3) * (plotWidth / 3),
    y: CHART_HEIGHT + Math.floor(index / 3) * LEGEND_ROW + 4,
    colour: SERIES_COLOURS[index % SERIES_COLOURS.length] as string,
    text: serie.name,
  }));
  return {
    bars,
    grid,
    periodLabels,
    legend,
    axis: { x1: MARGIN.left, y1: plotBottom, x2: CHART_WIDTH - MARGIN.right, y2: plotBottom },
    height: CHART_HEIGHT + legendRows * LEGEND_ROW + 8,
  };
}
