/** What the outcome page needs of a measurement to order and compare periods. */
export interface PeriodLike {
  period: string;
  periodStart: string;
  periodEnd: string;
}

export type OutcomeFigure =
  'goalRealisationPct' | 'plannedTerminationPct' | 'clientSatisfactionPct';

export const OUTCOME_FIGURES: readonly OutcomeFigure[] = [
  'goalRealisationPct',
  'plannedTerminationPct',
  'clientSatisfactionPct',
];

/** Newest period first (by its last day, then its first: a year before its last quarter). */
export function newestFirst<M extends PeriodLike>(measurements: readonly M[]): M[] {
  return [...measurements].sort(
    (a, b) => b.periodEnd.localeCompare(a.periodEnd) || a.periodStart.localeCompare(b.periodStart),
  );
}

/** The latest measurement, or undefined when there is none. */
export function latestOf<M extends PeriodLike>(measurements: readonly M[]): M | undefined {
  return newestFirst(measurements)[0];
}

/**
 * "Recent" as the api counts it for its gaps: the latest year in which any measurement of the
 * plan ends, as a CBS year code (2024JJ00); undefined without measurements.
 */
export function recentYearOf(measurements: readonly PeriodLike[]): string | undefined {
  const latest = latestOf(measurements);
  return latest && `${latest.periodEnd.slice(0, 4)}JJ00`;
}

/**
 * The measurement to compare with: the newest earlier one of the same kind of period (a year
 * with the year before, a quarter with the quarter before), so a trend compares like with like.
 */
export function previousOf<M extends PeriodLike>(
  measurement: M,
  measurements: readonly M[],
): M | undefined {
  const kind = (code: string) => code.slice(4, 6);
  return newestFirst(measurements).find(
    (other) =>
      other !== measurement &&
      kind(other.period) === kind(measurement.period) &&
      other.periodEnd < measurement.periodStart,
  );
}

/** The change in percentage points, rounded to one decimal; null when either is missing. */
export function changeOf(
  current: number | null | undefined,
  previous: number | null | undefined,
): number | null {
  if (current == null || previous == null) return null;
  return Math.round((current - previous) * 10) / 10;
}
