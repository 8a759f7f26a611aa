import {
  AssessmentRating,
  OrganizationKind,
  QualityStatus,
  type Stage,
  STAGES_IN_ORDER,
} from '@oogo/shared-domain';
import { planCompleteness } from './completeness';
import type { CompletenessReason, StageCompleteness } from './insight.models';
import type { PlanSnapshot } from './plan-snapshot';
import {
  aContribution,
  aLearningReview,
  allAnswers,
  allAssessments,
  aMeasurement,
  anActivity,
  anAnalysis,
  anAnalysisIndicator,
  anImprovementAction,
  anIndicator,
  anOrganization,
  anOutcomeMeasurement,
  aQualityCheck,
  aResultIndicator,
  aSignal,
  aSnapshot,
  aSocietalResult,
  aSocietalResultAnalysis,
  fullChecklist,
} from './testing/snapshot-factory';

/**
 * A small plan with every bouwsteen filled in: two gemeenten and a schoolbestuur who answer
 * the four questions, a partner who need not, one result served by one activity.
 */
function completePlan() {
  const gemeenteA = anOrganization({ name: 'Gemeente Aa', code: 'GM0001' });
  const gemeenteB = anOrganization({ name: 'Gemeente Bee', code: 'GM0002' });
  const schoolbestuur = anOrganization({ kind: OrganizationKind.SCHOOLBESTUUR, code: '41234' });
  const partner = anOrganization({ kind: OrganizationKind.PARTNER, code: null });
  const parties = [gemeenteA.id, gemeenteB.id, schoolbestuur.id];
  const indicator = anIndicator();
  const analysis = anAnalysis();
  const result = aSocietalResult();
  const activity = anActivity({ executorOrganizationId: partner.id });
  const review = aLearningReview();
  const rows = {
    organizations: [gemeenteA, gemeenteB, schoolbestuur, partner],
    indicators: [indicator],
    measurements: [
      aMeasurement({ indicatorId: indicator.id, areaCode: 'GM0001', period: '2023JJ00' }),
      aMeasurement({ indicatorId: indicator.id, areaCode: 'GM0001', period: '2024JJ00' }),
      aMeasurement({ indicatorId: indicator.id, areaCode: 'GM0002', period: '2024JJ00' }),
    ],
    signals: [aSignal()],
    analyses: [analysis],
    analysisIndicators: [anAnalysisIndicator(analysis.id, indicator.id)],
    reflectionAnswers: [
      ...allAnswers({ analysisId: analysis.id }, parties),
      ...allAnswers({ learningReviewId: review.id }, parties),
    ],
    societalResults: [result],
    societalResultAnalyses: [aSocietalResultAnalysis(result.id, analysis.id)],
    resultIndicators: [
      aResultIndicator({ societalResultId: result.id, indicatorId: indicator.id }),
    ],
    activities: [activity],
    contributions: [aContribution({ activityId: activity.id, societalResultId: result.id })],
    activityAssessments: allAssessments(activity.id),
    checklistItems: fullChecklist(activity.id),
    qualityChecks: [aQualityCheck({ activityId: activity.id })],
    outcomeMeasurements: [anOutcomeMeasurement({ activityId: activity.id, period: '2024KW02' })],
    learningReviews: [review],
    improvementActions: [
      anImprovementAction({
        learningReviewId: review.id,
        activityId: activity.id,
        ownerOrganizationId: gemeenteA.id,
        dueDate: '2025-09-01',
      }),
    ],
  } satisfies Partial<PlanSnapshot>;
  return { rows, gemeenteA, gemeenteB, schoolbestuur, partner, analysis, activity, review };
}

const stageOf = (completeness: StageCompleteness[], stage: Stage): StageCompleteness => {
  const found = completeness.find((entry) => entry.stage === stage);
  if (!found) throw new Error(`No completeness for ${stage}`);
  return found;
};

const reason = (entry: StageCompleteness, code: string): CompletenessReason => {
  const found = entry.reasons.find((candidate) => candidate.code === code);
  if (!found) throw new Error(`No reason ${code} in ${entry.stage}`);
  return found;
};

describe('planCompleteness', () => {
  it('gives every bouwsteen, in order, with stable reason codes', () => {
    const codes = planCompleteness(aSnapshot()).map(({ stage, reasons }) => [
      stage,
      reasons.map(({ code }) => code),
    ]);

    expect(codes).toEqual([
      [
        'YOUTH_SITUATION',
        [
          'INDICATORS_PRESENT',
          'INDICATORS_WITH_MEASUREMENTS',
          'GEMEENTEN_MEASURED_IN_LATEST_YEAR',
          'SIGNALS_PRESENT',
          'ANALYSES_PRESENT',
          'ANALYSES_ANSWERED_BY_ALL_PARTIES',
        ],
      ],
      [
        'SOCIETAL_RESULTS',
        [
          'RESULTS_PRESENT',
          'RESULTS_WITH_INDICATOR',
          'RESULTS_FROM_ANALYSIS',
          'RESULTS_WITH_ACTIVITY',
        ],
      ],
      [
        'ACTIVITIES',
        [
          'ACTIVITIES_PRESENT',
          'ACTIVITIES_SERVING_A_RESULT',
          'ACTIVITIES_FULLY_ASSESSED',
          'ACTIVITIES_WITH_COMPLETE_CHECKLIST',
          'ACTIVITIES_WITH_EXECUTOR',
        ],
      ],
      ['QUALITY', ['ACTIVITIES_WITH_QUALITY_CHECK', 'QUALITY_CHECKS_KNOWN']],
      ['OUTCOMES', ['OUTCOME_MEASUREMENTS_PRESENT', 'ACTIVITIES_WITH_RECENT_OUTCOME']],
      [
        'LEARNING',
        [
          'LEARNING_REVIEWS_PRESENT',
          'LEARNING_REVIEWS_ANSWERED_BY_ALL_PARTIES',
          'IMPROVEMENT_ACTIONS_PRESENT',
          'IMPROVEMENT_ACTIONS_WITH_OWNER_AND_DUE_DATE',
        ],
      ],
    ]);
  });

  it('scores an empty plan 0 everywhere, not 100', () => {
    const completeness = planCompleteness(aSnapshot());

    expect(completeness.map(({ stage, score }) => [stage, score])).toEqual(
      STAGES_IN_ORDER.map((stage) => [stage, 0]),
    );
    expect(completeness.flatMap(({ reasons }) => reasons).every(({ met }) => !met)).toBe(true);
    expect(reason(stageOf(completeness, 'ACTIVITIES'), 'ACTIVITIES_SERVING_A_RESULT')).toEqual({
      code: 'ACTIVITIES_SERVING_A_RESULT',
      met: false,
      weight: 2,
      count: 0,
      total: 0,
    });
  });

  it('scores a fully filled plan 100 everywhere', () => {
    const completeness = planCompleteness(aSnapshot(completePlan().rows));

    expect(completeness.map(({ stage, score }) => [stage, score])).toEqual(
      STAGES_IN_ORDER.map((stage) => [stage, 100]),
    );
    expect(reason(stageOf(completeness, 'YOUTH_SITUATION'), 'INDICATORS_PRESENT')).toEqual({
      code: 'INDICATORS_PRESENT',
      met: true,
      weight: 2,
      count: 1,
      total: null,
    });
  });

  it('weighs an "every" reason that fails, with its count and total', () => {
    const { rows } = completePlan();
    const idle = anActivity({ executorOrganizationId: null });
    const snapshot = aSnapshot({
      ...rows,
      activities: [...rows.activities, idle],
      contributions: [
        ...rows.contributions,
        aContribution({ activityId: idle.id, societalResultId: rows.societalResults[0].id }),
      ],
      activityAssessments: [...rows.activityAssessments, ...allAssessments(idle.id)],
      checklistItems: [...rows.checklistItems, ...fullChecklist(idle.id)],
    });
    const activities = stageOf(planCompleteness(snapshot), 'ACTIVITIES');

    expect(reason(activities, 'ACTIVITIES_WITH_EXECUTOR')).toMatchObject({
      met: false,
      count: 1,
      total: 2,
    });
    // Met weights 2 + 2 + 1 + 1, and half of the executor's 1, of 7.
    expect(activities.score).toBe(93);
  });

  it('needs measurements for every participating gemeente in the latest year', () => {
    const { rows } = completePlan();
    const snapshot = aSnapshot({
      ...rows,
      // In 2024 GM0002 has only a quarterly figure, and NL01 is not a gemeente.
      measurements: [
        aMeasurement({ indicatorId: rows.indicators[0].id, areaCode: 'GM0001' }),
        aMeasurement({
          indicatorId: rows.indicators[0].id,
          areaCode: 'GM0002',
          period: '2024KW04',
        }),
        aMeasurement({ indicatorId: rows.indicators[0].id, areaCode: 'NL01' }),
      ],
    });
    const youth = stageOf(planCompleteness(snapshot), 'YOUTH_SITUATION');

    expect(reason(youth, 'GEMEENTEN_MEASURED_IN_LATEST_YEAR')).toMatchObject({
      met: false,
      count: 1,
      total: 2,
    });
    // 9 of 10 met, and half of the missing 1.
    expect(youth.score).toBe(95);
  });

  it('needs all four questions from every gemeente and schoolbestuur, not from partners', () => {
    const { rows, schoolbestuur, analysis } = completePlan();
    const withoutSchoolbestuurQuestion = rows.reflectionAnswers.filter(
      (answer) =>
        !(
          answer.analysisId === analysis.id &&
          answer.organizationId === schoolbestuur.id &&
          answer.question === 'IMPROVE'
        ),
    );
    const completeness = planCompleteness(
      aSnapshot({ ...rows, reflectionAnswers: withoutSchoolbestuurQuestion }),
    );

    expect(
      reason(stageOf(completeness, 'YOUTH_SITUATION'), 'ANALYSES_ANSWERED_BY_ALL_PARTIES'),
    ).toMatchObject({ met: false, count: 0, total: 1 });
    expect(stageOf(completeness, 'LEARNING').score).toBe(100);
  });

  it('does not count an unknown criterion rating as assessed', () => {
    const { rows } = completePlan();
    const [first, ...others] = rows.activityAssessments;
    const snapshot = aSnapshot({
      ...rows,
      activityAssessments: [{ ...first, rating: AssessmentRating.UNKNOWN }, ...others],
    });

    expect(
      reason(stageOf(planCompleteness(snapshot), 'ACTIVITIES'), 'ACTIVITIES_FULLY_ASSESSED').met,
    ).toBe(false);
  });

  it('needs quality checks whose status is known', () => {
    const { rows, activity } = completePlan();
    const snapshot = aSnapshot({
      ...rows,
      qualityChecks: [
        ...rows.qualityChecks,
        aQualityCheck({ activityId: activity.id, status: QualityStatus.UNKNOWN }),
      ],
    });
    const qualityStage = stageOf(planCompleteness(snapshot), 'QUALITY');

    expect(reason(qualityStage, 'QUALITY_CHECKS_KNOWN')).toMatchObject({
      met: false,
      count: 1,
      total: 2,
    });
    // 2 met, and half of 1, of 3.
    expect(qualityStage.score).toBe(83);
  });

  it('needs an outcome of every activity in the last period', () => {
    const { rows, activity } = completePlan();
    const other = anActivity();
    const snapshot = aSnapshot({
      ...rows,
      activities: [activity, other],
      outcomeMeasurements: [
        ...rows.outcomeMeasurements,
        anOutcomeMeasurement({ activityId: other.id, period: '2023JJ00' }),
      ],
    });
    const outcomes = stageOf(planCompleteness(snapshot), 'OUTCOMES');

    expect(reason(outcomes, 'ACTIVITIES_WITH_RECENT_OUTCOME')).toMatchObject({
      met: false,
      count: 1,
      total: 2,
    });
    // 1 met, and half of 2, of 3.
    expect(outcomes.score).toBe(67);
  });

  it('accepts an owner by name, but not an action without a due date', () => {
    const { rows } = completePlan();
    const byName = anImprovementAction({ ownerName: 'Fatima (GGD)', dueDate: '2025-12-01' });
    const undated = anImprovementAction({ ownerName: 'Joost', dueDate: null });
    const learningWith = (actions: PlanSnapshot['improvementActions']) =>
      reason(
        stageOf(planCompleteness(aSnapshot({ ...rows, improvementActions: actions })), 'LEARNING'),
        'IMPROVEMENT_ACTIONS_WITH_OWNER_AND_DUE_DATE',
      );

    expect(learningWith([byName]).met).toBe(true);
    expect(learningWith([byName, undated])).toMatchObject({ met: false, count: 1, total: 2 });
  });
});
