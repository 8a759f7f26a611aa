import type { BetterDirection } from '@oogo/shared-domain';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../ui/format';
import { Disclosure } from '../../../ui/disclosure';
import { TableScroll } from '../../../ui/table-scroll';
import {
  chartLayout,
  chartTable,
  markerPath,
  trendOf,
  type ChartSeries,
  type SeriesStyle,
} from './indicator-chart';

export interface ChartTargetLine {
  value: number;
  year: number;
  /** The maatschappelijk resultaat the target belongs to. */
  result: string;
}

/** A small sample of a line's colour, dash and marker, for the legend. */
function LineSample({ style, target = false }: { style?: SeriesStyle; target?: boolean }) {
  return (
    <svg
      className="oogo-chart__sample"
      width="40"
      height="14"
      viewBox="0 0 40 14"
      aria-hidden="true"
    >
      {target || !style ? (
        <line className="oogo-chart__target-line" x1="2" y1="7" x2="38" y2="7" />
      ) : (
        <g className={`oogo-chart__series--${style.colour}`}>
          <line
            className="oogo-chart__line"
            x1="2"
            y1="7"
            x2="38"
            y2="7"
            strokeDasharray={style.dash || undefined}
          />
          <path className="oogo-chart__marker" d={markerPath(style.marker, 20, 7, 8)} />
        </g>
      )}
    </svg>
  );
}

/**
 * An indicator's figures per gemeente over time, as an SVG line chart: every line has its own
 * colour, marker and dash pattern, with a legend, axis labels and the target as a dashed line.
 * Beside it a one-line summary and, for anyone who cannot read the chart, the same figures
 * as a table.
 */
export function IndicatorChartFigure({
  name,
  unit,
  betterDirection,
  series,
  targets,
  seriesName,
  periodLabel,
}: {
  name: string;
  unit: string;
  betterDirection: BetterDirection;
  series: readonly ChartSeries[];
  targets: readonly ChartTargetLine[];
  seriesName: (series: ChartSeries) => string;
  periodLabel: (period: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const layout = useMemo(() => chartLayout(series, targets), [series, targets]);
  const table = useMemo(() => chartTable(series), [series]);
  const withUnit = (value: number) => `${formatNumber(value, i18n.language)} ${unit}`.trim();

  const trends = series.flatMap((line) => {
    const trend = trendOf(line, betterDirection);
    if (!trend) return [];
    return [
      trend.first.period === trend.last.period
        ? t('youthSituation.chart.seriesSingle', {
            name: seriesName(line),
            last: withUnit(trend.last.value),
            period: periodLabel(trend.last.period),
          })
        : t('youthSituation.chart.seriesTrend', {
            name: seriesName(line),
            first: formatNumber(trend.first.value, i18n.language),
            last: withUnit(trend.last.value),
            change: t(`youthSituation.chart.change.${trend.change}`),
          }),
    ];
  });
  const targetText = targets.length
    ? t('youthSituation.chart.targets', {
        targets: targets
          .map((target) =>
            t('youthSituation.chart.targetItem', {
              value: withUnit(target.value),
              year: target.year,
            }),
          )
          .join(', '),
      })
    : '';
  const summary = table.periods.length
    ? `${t('youthSituation.chart.summary', {
        from: periodLabel(table.periods[0] as string),
        to: periodLabel(table.periods.at(-1) as string),
        series: trends.join('; '),
      })} ${targetText}`.trim()
    : t('youthSituation.chart.empty');

  const { plot } = layout;
  return (
    <figure className="oogo-chart">
      <figcaption id={`${id}-caption`} className="oogo-chart__caption">
        <span className="oogo-chart__title">{t('youthSituation.chart.title')}</span>{' '}
        <span className="oogo-chart__summary">{summary}</span>
      </figcaption>
      {series.length > 0 && (
        <>
          <svg
            className="oogo-chart__svg"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            role="img"
            aria-labelledby={`${id}-caption`}
          >
            <text className="oogo-chart__axis-label" x={4} y={12}>
              {t('youthSituation.chart.yAxis', { unit })}
            </text>
            <text
              className="oogo-chart__axis-label"
              x={(plot.left + plot.right) / 2}
              y={layout.height - 6}
              textAnchor="middle"
            >
              {t('youthSituation.chart.xAxis')}
            </text>
            {layout.yTicks.map((tick) => (
              <g key={tick.value}>
                <line
                  className="oogo-chart__grid"
                  x1={plot.left}
                  x2={plot.right}
                  y1={tick.y}
                  y2={tick.y}
                />
                <text
                  className="oogo-chart__tick"
                  x={plot.left - 8}
                  y={tick.y + 4}
                  textAnchor="end"
                >
                  {formatNumber(tick.value, i18n.language)}
                </text>
              </g>
            ))}
            {/* Both axes, and a small mark below each year. */}
            <path
              className="oogo-chart__axis"
              d={`M${plot.left} ${plot.top}V${plot.bottom}H${plot.right}${layout.xTicks
                .map((tick) => `M${tick.x} ${plot.bottom}v5`)
                .join('')}`}
            />
            {layout.xTicks.map((tick) => (
              <g key={tick.year}>
                <text
                  className="oogo-chart__tick"
                  x={tick.x}
                  y={plot.bottom + 20}
                  textAnchor="middle"
                >
                  {tick.year}
                </text>
              </g>
            ))}
            {layout.targets.map((target) => (
              <g key={`${target.value}-${target.year}`}>
                <line
                  className="oogo-chart__target-line"
                  x1={plot.left}
                  x2={plot.right}
                  y1={target.y}
                  y2={target.y}
                />
                <text
                  className="oogo-chart__target-label"
                  x={plot.right}
                  y={target.labelY}
                  textAnchor="end"
                >
                  {t('youthSituation.chart.target', {
                    year: target.year,
                    value: withUnit(target.value),
                  })}
                </text>
              </g>
            ))}
            {layout.lines.map((line, index) => {
              const lineName = seriesName(series[index] as ChartSeries);
              return (
                <g
                  key={line.key}
                  className={`oogo-chart__series oogo-chart__series--${line.style.colour}`}
                >
                  <path
                    className="oogo-chart__line"
                    d={line.path}
                    strokeDasharray={line.style.dash || undefined}
                  />
                  {line.points.map((point) => (
                    <path
                      key={point.period}
                      className="oogo-chart__marker"
                      d={markerPath(line.style.marker, point.x, point.y)}
                    >
                      <title>
                        {t('youthSituation.chart.point', {
                          name: lineName,
                          period: periodLabel(point.period),
                          value: withUnit(point.value),
                        })}
                      </title>
                    </path>
                  ))}
                </g>
              );
            })}
          </svg>
          <ul className="oogo-chart__legend" aria-label={t('youthSituation.chart.legend')}>
            {layout.lines.map((line, index) => (
              <li key={line.key}>
                <LineSample style={line.style} />
                {seriesName(series[index] as ChartSeries)}
              </li>
            ))}
            {targets.map((target) => (
              <li key={`${target.value}-${target.year}-${target.result}`}>
                <LineSample target />
                {t('youthSituation.chart.targetLegend', {
                  value: withUnit(target.value),
                  year: target.year,
                  result: target.result,
                })}
              </li>
            ))}
          </ul>
          <Disclosure className="oogo-chart__table" summary={t('youthSituation.chart.showTable')}>
            <TableScroll label={t('youthSituation.chart.tableCaption', { name, unit })}>
              <Table>
                <TableCaption>
                  {t('youthSituation.chart.tableCaption', { name, unit })}
                </TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">
                      {t('youthSituation.chart.period')}
                    </TableHeaderCell>
                    {series.map((line) => (
                      <TableHeaderCell key={line.key} scope="col">
                        {seriesName(line)}
                      </TableHeaderCell>
                    ))}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {table.periods.map((period) => (
                    <TableRow key={period}>
                      <TableHeaderCell scope="row">{periodLabel(period)}</TableHeaderCell>
                      {series.map((line) => {
                        const value = table.value(line.key, period);
                        return (
                          <TableCell key={line.key} className="oogo-number">
                            {value === undefined
                              ? t('youthSituation.chart.noValue')
                              : formatNumber(value, i18n.language)}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
            {targetText && <p>{targetText}</p>}
          </Disclosure>
        </>
      )}
    </figure>
  );
}
