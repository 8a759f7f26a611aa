import { parsePeriod } from '@oogo/shared-domain';
import type { ResultIndicator } from '../societal-results/societal-results.entities';
import type { Measurement } from '../youth-situation/youth-situation.entities';
import type { IndicatorProgress } from './insight.models';

/*
 * Progress of an effect indicator towards its target.
 * - Only yearly figures (2024JJ00) of gemeenten (GMxxxx) count: quarters and months would mix
 *   seasonal noise into a long-term target, and NL01 is a national reference, not the region.
 * - The latest period is the most recent year with any gemeente figure; its value is the mean
 *   of the gemeente figures of that year.
 * - progressPct = (latest − baseline) / (target − baseline) × 100, not clamped.
 * - expectedValue follows the straight line from (baselineYear, baseline) to
 *   (targetYear, target), and stays at the target after the target year.
 * - onTrack: the indicator has come at least three quarters of the way it should have come by
 *   now on that path (progress ≥ 75% of the expected progress), less 2 percentage points that
 *   absorb rounding in published figures. So a target that is slightly behind a straight line
 *   is not flagged, one that stalls or goes the wrong way is.
 * - Expected, progress and onTrack are null when the latest year lies before the baseline year:
 *   there is nothing yet to compare with the baseline.
 */

/** Share of the expected progress an indicator must have made to be on track. */
export const ON_TRACK_SHARE = 0.75;
/** Percentage points of progress that rounding of published figures may take away. */
export const ON_TRACK_TOLERANCE_PCT = 2;

const GEMEENTE_AREA = /^GM\d{4}$/;

/** The CBS code of a whole year, e.g. 2024 → '2024JJ00'. */
export function yearPeriod(year: number): string {
  return `${year}JJ00`;
}

/** The year of a figure that describes the region (a gemeente's yearly figure), else undefined. */
export function regionalYear(measurement: Measurement): number | undefined {
  if (!GEMEENTE_AREA.test(measurement.areaCode)) return undefined;
  const period = parsePeriod(measurement.period);
  return period?.kind === 'YEAR' ? period.year : undefined;
}

/** The most recent year with any gemeente YEAR measurement in the whole plan. */
export function latestYearOfPlan(measurements: readonly Measurement[]): number | undefined {
  let latest: number | undefined;
  for (const measurement of measurements) {
    const year = regionalYear(measurement);
    if (year !== undefined && (latest === undefined || year > latest)) latest = year;
  }
  return latest;
}

/** The regional figure of one indicator in its most recent year. */
export interface LatestRegionalValue {
  year: number;
  /** Mean of the gemeente figures of that year. */
  value: number;
  areaCount: number;
}

/** One pass over the measurements of one indicator. */
export function latestRegionalValue(
  measurements: readonly Measurement[],
): LatestRegionalValue | undefined {
  let year: number | undefined;
  let sum = 0;
  let count = 0;
  const areas = new Set<string>();
  for (const measurement of measurements) {
    const measuredYear = regionalYear(measurement);
    if (measuredYear === undefined || (year !== undefined && measuredYear < year)) continue;
    if (measuredYear !== year) {
      year = measuredYear;
      sum = 0;
      count = 0;
      areas.clear();
    }
    sum += measurement.value;
    count += 1;
    areas.add(measurement.areaCode);
  }
  return year === undefined ? undefined : { year, value: sum / count, areaCount: areas.size };
}

/** The value on the straight path from baseline to target in `year`. */
function expectedValueIn(resultIndicator: ResultIndicator, year: number): number {
  const { baselineValue, baselineYear, targetValue, targetYear } = resultIndicator;
  // The database requires targetYear > baselineYear; the guard keeps a bad row from dividing by 0.
  if (year >= targetYear || targetYear <= baselineYear) return targetValue;
  const share = (year - baselineYear) / (targetYear - baselineYear);
  return baselineValue + (targetValue - baselineValue) * share;
}

/** part / whole × 100, without the -0 a decrease at its baseline would give. */
function percentOf(part: number, whole: number): number {
  const percent = (part / whole) * 100;
  return percent === 0 ? 0 : percent;
}

/** Progress from an already computed latest value, so callers can share it between targets. */
export function progressFromLatest(
  resultIndicator: ResultIndicator,
  latest: LatestRegionalValue | undefined,
): IndicatorProgress {
  const noComparison = { expectedValue: null, progressPct: null, onTrack: null };
  if (!latest) return { latestPeriod: null, latestValue: null, areaCount: 0, ...noComparison };
  const observed = {
    latestPeriod: yearPeriod(latest.year),
    latestValue: latest.value,
    areaCount: latest.areaCount,
  };
  if (latest.year < resultIndicator.baselineYear) return { ...observed, ...noComparison };

  const span = resultIndicator.targetValue - resultIndicator.baselineValue;
  const expectedValue = expectedValueIn(resultIndicator, latest.year);
  const progressPct =
    span === 0 ? null : percentOf(latest.value - resultIndicator.baselineValue, span);
  const expectedPct = percentOf(expectedValue - resultIndicator.baselineValue, span);
  return {
    ...observed,
    expectedValue,
    progressPct,
    onTrack:
      progressPct === null
        ? null
        : progressPct >= ON_TRACK_SHARE * expectedPct - ON_TRACK_TOLERANCE_PCT,
  };
}

/**
 * Progress of one effect indicator; `measurements` are the measurements of its indicator
 * (others are ignored).
 */
export function resultIndicatorProgress(
  resultIndicator: ResultIndicator,
  measurements: Measurement[],
): IndicatorProgress {
  const own = measurements.filter(
    (measurement) => measurement.indicatorId === resultIndicator.indicatorId,
  );
  return progressFromLatest(resultIndicator, latestRegionalValue(own));
}
