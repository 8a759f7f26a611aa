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

type TableKey = Exclude<keyof PlanSnapshot, 'plan' | 'organizations'>;

/** Which table fills which part of the snapshot. */
const TABLES: Record<TableKey, new () => object> = {
  participants: PlanOrganization,
  indicators: Indicator,
  measurements: Measurement,
  signals: Signal,
  analyses: Analysis,
  analysisIndicators: AnalysisIndicator,
  analysisSignals: AnalysisSignal,
  reflectionAnswers: ReflectionAnswer,
  societalResults: SocietalResult,
  societalResultAnalyses: SocietalResultAnalysis,
  resultIndicators: ResultIndicator,
  activities: Activity,
  literatureReferences: LiteratureReference,
  contributions: Contribution,
  activityAssessments: ActivityAssessment,
  checklistItems: InterventionChecklistItem,
  qualityChecks: QualityCheck,
  outcomeMeasurements: OutcomeMeasurement,
  learningReviews: LearningReview,
  improvementActions: ImprovementAction,
};

/**
 * All rows of a plan through the request's PlanRows, so tables the query already read are
 * not read again.
 */
export async function loadPlanSnapshot(rows: PlanRows, plan: Plan): Promise<PlanSnapshot> {
  const tables = Object.fromEntries(
    await Promise.all(
      Object.entries(TABLES).map(
        async ([key, entity]) => [key, await rows.of(entity, plan.id)] as const,
      ),
    ),
  ) as Pick<PlanSnapshot, TableKey>;
  const organizations = await Promise.all(
    tables.participants.map((link) => rows.byId(Organization, link.organizationId)),
  );
  return {
    plan,
    ...tables,
    organizations: organizations.filter(
      (organization): organization is Organization => organization !== null,
    ),
  };
}
