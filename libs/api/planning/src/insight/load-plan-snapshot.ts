import {
  Activity,
  ActivityAssessment,
  Contribution,
  InterventionChecklistItem,
  LiteratureReference,
} from '../activities/activities.entities';
import type { PlanRows } from '../common/plan-rows';
import { ImprovementAction, LearningReview } from '../learning/learning.entities';
import { Organization } from '../organization/organization.entity';
import { OutcomeMeasurement } from '../outcomes/outcome-measurement.entity';
import { Plan, PlanOrganization } from '../plan/plan.entity';
import { QualityCheck } from '../quality/quality-check.entity';
import {
  ResultIndicator,
  SocietalResult,
  SocietalResultAnalysis,
} from '../societal-results/societal-results.entities';
import {
  Analysis,
  AnalysisIndicator,
  AnalysisSignal,
  Indicator,
  Measurement,
  ReflectionAnswer,
  Signal,
} from '../youth-situation/youth-situation.entities';
import type { PlanSnapshot } from './plan-snapshot';

/**
 * All rows of a plan through the request's PlanRows, so tables the query already read are
 * not read again.
 */
export async function loadPlanSnapshot(rows: PlanRows, plan: Plan): Promise<PlanSnapshot> {
  const planId = plan.id;
  const participants = await rows.of(PlanOrganization, planId);
  const [organizations, ...tables] = await Promise.all([
    Promise.all(participants.map((link) => rows.byId(Organization, link.organizationId))),
    rows.of(Indicator, planId),
    rows.of(Measurement, planId),
    rows.of(Signal, planId),
    rows.of(Analysis, planId),
    rows.of(AnalysisIndicator, planId),
    rows.of(AnalysisSignal, planId),
    rows.of(ReflectionAnswer, planId),
    rows.of(SocietalResult, planId),
    rows.of(SocietalResultAnalysis, planId),
    rows.of(ResultIndicator, planId),
    rows.of(Activity, planId),
    rows.of(LiteratureReference, planId),
    rows.of(Contribution, planId),
    rows.of(ActivityAssessment, planId),
    rows.of(InterventionChecklistItem, planId),
    rows.of(QualityCheck, planId),
    rows.of(OutcomeMeasurement, planId),
    rows.of(LearningReview, planId),
    rows.of(ImprovementAction, planId),
  ]);
  const [
    indicators,
    measurements,
    signals,
    analyses,
    analysisIndicators,
    analysisSignals,
    reflectionAnswers,
    societalResults,
    societalResultAnalyses,
    resultIndicators,
    activities,
    literatureReferences,
    contributions,
    activityAssessments,
    checklistItems,
    qualityChecks,
    outcomeMeasurements,
    learningReviews,
    improvementActions,
  ] = tables;
  return {
    plan,
    participants,
    organizations: organizations.filter(
      (organization): organization is Organization => organization !== null,
    ),
    indicators,
    measurements,
    signals,
    analyses,
    analysisIndicators,
    analysisSignals,
    reflectionAnswers,
    societalResults,
    societalResultAnalyses,
    resultIndicators,
    activities,
    literatureReferences,
    contributions,
    activityAssessments,
    checklistItems,
    qualityChecks,
    outcomeMeasurements,
    learningReviews,
    improvementActions,
  } as PlanSnapshot;
}
