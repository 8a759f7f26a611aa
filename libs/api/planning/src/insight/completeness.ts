import {
  AssessmentRating,
  ChecklistPoint,
  EffectivenessCriterion,
  OrganizationKind,
  QualityStatus,
  ReflectionQuestion,
  type Stage,
  STAGES_IN_ORDER,
} from '@oogo/shared-domain';
import type { ReflectionAnswer } from '../youth-situation/youth-situation.entities';
import { groupBy, keySet } from '../common/collections';
import { recentOutcomes } from './gaps';
import type { CompletenessReason, StageCompleteness } from './insight.models';
import type { PlanSnapshot } from './plan-snapshot';
import { latestYearOfPlan, regionalYear } from './progress';

// How far each bouwsteen is filled in, as weighted reasons the web can list. A reason about
// "every X" is only met when there is at least one X, so an empty stage scores 0, not 100;
// when not met it still counts for the share of X that qualify (14 of 16 activities checked
// is most of the way, not nothing).

const CRITERIA_COUNT = Object.keys(EffectivenessCriterion).length;
const CHECKLIST_POINTS_COUNT = Object.keys(ChecklistPoint).length;
const QUESTIONS = Object.values(ReflectionQuestion);

/** Met when there is at least one. */
function present(code: string, weight: number, count: number): CompletenessReason {
  return { code, met: count > 0, weight, count, total: null };
}

/** Met when every one of at least one item qualifies. */
function every<T>(
  code: string,
  weight: number,
  items: readonly T[],
  qualifies: (item: T) => boolean,
): CompletenessReason {
  const count = items.filter(qualifies).length;
  return {
    code,
    met: items.length > 0 && count === items.length,
    weight,
    count,
    total: items.length,
  };
}

function shareMet(reason: CompletenessReason): number {
  if (reason.met) return 1;
  return reason.total ? (reason.count ?? 0) / reason.total : 0;
}

function stage(name: Stage, reasons: CompletenessReason[]): StageCompleteness {
  const total = reasons.reduce((sum, reason) => sum + reason.weight, 0);
  const met = reasons.reduce((sum, reason) => sum + reason.weight * shareMet(reason), 0);
  return { stage: name, score: total === 0 ? 0 : Math.round((100 * met) / total), reasons };
}

/**
 * Which subjects (analyses or learning reviews) have all four questions answered, each by every
 * party; with no parties, each question still needs an answer.
 */
function fullyAnswered(
  answers: readonly ReflectionAnswer[],
  subjectOf: (answer: ReflectionAnswer) => string | null,
  parties: readonly string[],
): (subjectId: string) => boolean {
  const bySubject = groupBy(answers, subjectOf);
  const complete = new Set<string>();
  for (const [subjectId, subjectAnswers] of bySubject) {
    const byQuestion = groupBy(subjectAnswers, (answer) => answer.question);
    const answeredAll = QUESTIONS.every((question) => {
      const answeredBy = keySet(byQuestion.get(question) ?? [], (answer) => answer.organizationId);
      return answeredBy.size > 0 && parties.every((party) => answeredBy.has(party));
    });
    if (answeredAll) complete.add(subjectId);
  }
  return (subjectId) => complete.has(subjectId);
}

/** The gemeenten and schoolbesturen: the parties that answer the four questions and agree. */
function answeringParties(snapshot: PlanSnapshot): string[] {
  return snapshot.organizations
    .filter(
      (organization) =>
        organization.kind === OrganizationKind.GEMEENTE ||
        organization.kind === OrganizationKind.SCHOOLBESTUUR,
    )
    .map((organization) => organization.id);
}

function youthSituation(snapshot: PlanSnapshot, parties: readonly string[]): StageCompleteness {
  const { indicators, measurements, analyses } = snapshot;
  const measured = keySet(measurements, (measurement) => measurement.indicatorId);
  const latestYear = latestYearOfPlan(measurements);
  const areasInLatestYear = keySet(measurements, (measurement) =>
    latestYear !== undefined && regionalYear(measurement) === latestYear
      ? measurement.areaCode
      : null,
  );
  const gemeenten = snapshot.organizations.filter(
    (organization) => organization.kind === OrganizationKind.GEMEENTE && organization.code,
  );
  const analysisAnswered = fullyAnswered(
    snapshot.reflectionAnswers,
    (answer) => answer.analysisId,
    parties,
  );
  return stage('YOUTH_SITUATION', [
    present('INDICATORS_PRESENT', 2, indicators.length),
    every('INDICATORS_WITH_MEASUREMENTS', 2, indicators, ({ id }) => measured.has(id)),
    every('GEMEENTEN_MEASURED_IN_LATEST_YEAR', 1, gemeenten, ({ code }) =>
      areasInLatestYear.has(code ?? ''),
    ),
    present('SIGNALS_PRESENT', 1, snapshot.signals.length),
    present('ANALYSES_PRESENT', 2, analyses.length),
    every('ANALYSES_ANSWERED_BY_ALL_PARTIES', 2, analyses, ({ id }) => analysisAnswered(id)),
  ]);
}

function societalResults(snapshot: PlanSnapshot): StageCompleteness {
  const results = snapshot.societalResults;
  const withIndicator = keySet(snapshot.resultIndicators, (link) => link.societalResultId);
  const fromAnalysis = keySet(snapshot.societalResultAnalyses, (link) => link.societalResultId);
  const served = keySet(snapshot.contributions, (link) => link.societalResultId);
  return stage('SOCIETAL_RESULTS', [
    present('RESULTS_PRESENT', 2, results.length),
    every('RESULTS_WITH_INDICATOR', 2, results, ({ id }) => withIndicator.has(id)),
    every('RESULTS_FROM_ANALYSIS', 1, results, ({ id }) => fromAnalysis.has(id)),
    every('RESULTS_WITH_ACTIVITY', 2, results, ({ id }) => served.has(id)),
  ]);
}

/** How many distinct values of `value` each activity has among `rows`. */
function distinctPerActivity<T extends { activityId: string }>(
  rows: readonly T[],
  value: (row: T) => string,
): (activityId: string) => number {
  const groups = groupBy(rows, (row) => row.activityId);
  return (activityId) => keySet(groups.get(activityId) ?? [], value).size;
}

function activities(snapshot: PlanSnapshot): StageCompleteness {
  const items = snapshot.activities;
  const serving = keySet(snapshot.contributions, (link) => link.activityId);
  const assessedCriteria = distinctPerActivity(
    snapshot.activityAssessments.filter(({ rating }) => rating !== AssessmentRating.UNKNOWN),
    ({ criterion }) => criterion,
  );
  const checklistPoints = distinctPerActivity(snapshot.checklistItems, ({ point }) => point);
  return stage('ACTIVITIES', [
    present('ACTIVITIES_PRESENT', 2, items.length),
    every('ACTIVITIES_SERVING_A_RESULT', 2, items, ({ id }) => serving.has(id)),
    every(
      'ACTIVITIES_FULLY_ASSESSED',
      1,
      items,
      ({ id }) => assessedCriteria(id) === CRITERIA_COUNT,
    ),
    every(
      'ACTIVITIES_WITH_COMPLETE_CHECKLIST',
      1,
      items,
      ({ id }) => checklistPoints(id) === CHECKLIST_POINTS_COUNT,
    ),
    every('ACTIVITIES_WITH_EXECUTOR', 1, items, (activity) => !!activity.executorOrganizationId),
  ]);
}

function quality(snapshot: PlanSnapshot): StageCompleteness {
  const checked = keySet(snapshot.qualityChecks, (check) => check.activityId);
  return stage('QUALITY', [
    every('ACTIVITIES_WITH_QUALITY_CHECK', 2, snapshot.activities, ({ id }) => checked.has(id)),
    every(
      'QUALITY_CHECKS_KNOWN',
      1,
      snapshot.qualityChecks,
      ({ status }) => status !== QualityStatus.UNKNOWN,
    ),
  ]);
}

function outcomes(snapshot: PlanSnapshot): StageCompleteness {
  const recent = recentOutcomes(snapshot);
  return stage('OUTCOMES', [
    present('OUTCOME_MEASUREMENTS_PRESENT', 1, snapshot.outcomeMeasurements.length),
    every('ACTIVITIES_WITH_RECENT_OUTCOME', 2, snapshot.activities, ({ id }) =>
      recent.activityIds.has(id),
    ),
  ]);
}

function learning(snapshot: PlanSnapshot, parties: readonly string[]): StageCompleteness {
  const { learningReviews: reviews, improvementActions: actions } = snapshot;
  const reviewAnswered = fullyAnswered(
    snapshot.reflectionAnswers,
    (answer) => answer.learningReviewId,
    parties,
  );
  return stage('LEARNING', [
    present('LEARNING_REVIEWS_PRESENT', 2, reviews.length),
    every('LEARNING_REVIEWS_ANSWERED_BY_ALL_PARTIES', 1, reviews, ({ id }) => reviewAnswered(id)),
    present('IMPROVEMENT_ACTIONS_PRESENT', 1, actions.length),
    every(
      'IMPROVEMENT_ACTIONS_WITH_OWNER_AND_DUE_DATE',
      1,
      actions,
      (action) =>
        (!!action.ownerOrganizationId || action.ownerName.trim() !== '') && !!action.dueDate,
    ),
  ]);
}

/** How complete each bouwsteen is, in the order of STAGES_IN_ORDER. */
export function planCompleteness(snapshot: PlanSnapshot): StageCompleteness[] {
  const parties = answeringParties(snapshot);
  const byStage: Record<Stage, () => StageCompleteness> = {
    YOUTH_SITUATION: () => youthSituation(snapshot, parties),
    SOCIETAL_RESULTS: () => societalResults(snapshot),
    ACTIVITIES: () => activities(snapshot),
    QUALITY: () => quality(snapshot),
    OUTCOMES: () => outcomes(snapshot),
    LEARNING: () => learning(snapshot, parties),
  };
  return STAGES_IN_ORDER.map((name) => byStage[name]());
}
