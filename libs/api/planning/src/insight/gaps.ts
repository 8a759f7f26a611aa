import {
  ChecklistStatus,
  DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS,
  EvidenceLevel,
  GapKind,
  Stage,
  STAGES_IN_ORDER,
} from '@oogo/shared-domain';
import type { Gap, GapItemType } from './insight.models';
import type { PlanSnapshot } from './plan-snapshot';
import { latestRegionalValue, latestYearOfPlan, progressFromLatest, yearPeriod } from './progress';
import { groupBy, keySet } from '../common/collections';

// Everything here runs on every plan request (200 activities, 1,000 contributions, ~1,000
// measurements): one pass per row list into Maps and Sets, never a scan inside a loop.

/** The bouwsteen each kind of gap is shown in. */
export const GAP_STAGE: Readonly<Record<GapKind, Stage>> = {
  RESULT_WITHOUT_ACTIVITY: Stage.SOCIETAL_RESULTS,
  ACTIVITY_WITHOUT_RESULT: Stage.ACTIVITIES,
  ACTIVITY_WITHOUT_RECENT_OUTCOME: Stage.OUTCOMES,
  RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT: Stage.SOCIETAL_RESULTS,
  RESULT_INDICATOR_OFF_TRACK: Stage.SOCIETAL_RESULTS,
  CHECKLIST_DOUBTFUL_EFFECTIVENESS: Stage.ACTIVITIES,
  ACTIVITY_WITHOUT_EVIDENCE: Stage.ACTIVITIES,
};

/** "The last period" of outcome monitoring, and the activities that have an outcome in it. */
export interface RecentOutcomes {
  /** The latest year (of period_end) with any outcome measurement; undefined when none. */
  year: number | undefined;
  activityIds: Set<string>;
}

const endYear = (periodEnd: string): number => Number(periodEnd.slice(0, 4));

export function recentOutcomes(snapshot: PlanSnapshot): RecentOutcomes {
  const activities = keySet(snapshot.activities, (activity) => activity.id);
  const measured = snapshot.outcomeMeasurements.filter((outcome) =>
    activities.has(outcome.activityId),
  );
  let year: number | undefined;
  for (const outcome of measured) {
    const measuredYear = endYear(outcome.periodEnd);
    if (year === undefined || measuredYear > year) year = measuredYear;
  }
  const activityIds = keySet(measured, (outcome) =>
    endYear(outcome.periodEnd) === year ? outcome.activityId : null,
  );
  return { year, activityIds };
}

function gap(kind: GapKind, itemType: GapItemType, itemId: string, period: string | null): Gap {
  return { kind, stage: GAP_STAGE[kind], itemType, itemId, period };
}

function resultGaps(snapshot: PlanSnapshot): Gap[] {
  const served = keySet(snapshot.contributions, (contribution) => contribution.societalResultId);
  return snapshot.societalResults
    .filter((result) => !served.has(result.id))
    .map((result) => gap(GapKind.RESULT_WITHOUT_ACTIVITY, 'SocietalResult', result.id, null));
}

function resultIndicatorGaps(snapshot: PlanSnapshot): Gap[] {
  // Computed once per indicator: several results may share one.
  const latestByIndicator = new Map(
    [...groupBy(snapshot.measurements, (measurement) => measurement.indicatorId)].map(
      ([indicatorId, measurements]) => [indicatorId, latestRegionalValue(measurements)] as const,
    ),
  );
  const planYear = latestYearOfPlan(snapshot.measurements);
  const gaps: Gap[] = [];
  for (const resultIndicator of snapshot.resultIndicators) {
    const latest = latestByIndicator.get(resultIndicator.indicatorId);
    // planYear is the maximum over all indicators, so "a figure in planYear" means "latest is it".
    if (planYear !== undefined && latest?.year !== planYear) {
      gaps.push(
        gap(
          GapKind.RESULT_INDICATOR_WITHOUT_RECENT_MEASUREMENT,
          'ResultIndicator',
          resultIndicator.id,
          yearPeriod(planYear),
        ),
      );
    }
    const progress = progressFromLatest(resultIndicator, latest);
    if (progress.onTrack === false) {
      gaps.push(
        gap(
          GapKind.RESULT_INDICATOR_OFF_TRACK,
          'ResultIndicator',
          resultIndicator.id,
          progress.latestPeriod,
        ),
      );
    }
  }
  return gaps;
}

function activityGaps(snapshot: PlanSnapshot): Gap[] {
  const serving = keySet(snapshot.contributions, (contribution) => contribution.activityId);
  const unclearPoints = groupBy(
    snapshot.checklistItems.filter((item) => item.status === ChecklistStatus.UNCLEAR),
    (item) => item.activityId,
  );
  const withLiterature = keySet(snapshot.literatureReferences, (reference) => reference.activityId);
  const gaps: Gap[] = [];
  for (const { id, evidenceLevel } of snapshot.activities) {
    if (!serving.has(id)) gaps.push(gap(GapKind.ACTIVITY_WITHOUT_RESULT, 'Activity', id, null));
    if ((unclearPoints.get(id)?.length ?? 0) >= DOUBTFUL_EFFECTIVENESS_UNCLEAR_POINTS) {
      gaps.push(gap(GapKind.CHECKLIST_DOUBTFUL_EFFECTIVENESS, 'Activity', id, null));
    }
    if (evidenceLevel === EvidenceLevel.NONE && !withLiterature.has(id)) {
      gaps.push(gap(GapKind.ACTIVITY_WITHOUT_EVIDENCE, 'Activity', id, null));
    }
  }
  return gaps;
}

function outcomeGaps(snapshot: PlanSnapshot): Gap[] {
  const { year, activityIds } = recentOutcomes(snapshot);
  const period = year === undefined ? null : yearPeriod(year);
  return snapshot.activities
    .filter((activity) => !activityIds.has(activity.id))
    .map((activity) =>
      gap(GapKind.ACTIVITY_WITHOUT_RECENT_OUTCOME, 'Activity', activity.id, period),
    );
}

const KIND_ORDER = Object.values(GapKind);
const rank = (gap: Gap): number =>
  STAGES_IN_ORDER.indexOf(gap.stage) * KIND_ORDER.length + KIND_ORDER.indexOf(gap.kind);

/**
 * Where the chain breaks, ordered by bouwsteen, then kind (as GapKind lists them), then item
 * (as in the snapshot).
 */
export function findGaps(snapshot: PlanSnapshot): Gap[] {
  const gaps = [
    ...resultGaps(snapshot),
    ...resultIndicatorGaps(snapshot),
    ...activityGaps(snapshot),
    ...outcomeGaps(snapshot),
  ];
  // Array#sort is stable, so items keep their snapshot order within a kind.
  return gaps.sort((a, b) => rank(a) - rank(b));
}
