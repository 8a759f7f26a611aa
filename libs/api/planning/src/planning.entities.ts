import {
  Activity,
  ActivityAssessment,
  Contribution,
  InterventionChecklistItem,
  LiteratureReference,
} from './activities/activities.entities';
import { ImprovementAction, LearningReview } from './learning/learning.entities';
import { Organization } from './organization/organization.entity';
import { OutcomeMeasurement } from './outcomes/outcome-measurement.entity';
import { Plan, PlanOrganization } from './plan/plan.entity';
import { QualityCheck } from './quality/quality-check.entity';
import {
  ResultIndicator,
  SocietalResult,
  SocietalResultAnalysis,
} from './societal-results/societal-results.entities';
import {
  Analysis,
  AnalysisIndicator,
  AnalysisSignal,
  Indicator,
  Measurement,
  ReflectionAnswer,
  Signal,
} from './youth-situation/youth-situation.entities';

/** Every table of the planning domain, for TypeORM. */
export const planningEntities = [
  Organization,
  Plan,
  PlanOrganization,
  Indicator,
  Measurement,
  Signal,
  Analysis,
  AnalysisIndicator,
  AnalysisSignal,
  ReflectionAnswer,
  SocietalResult,
  SocietalResultAnalysis,
  ResultIndicator,
  Activity,
  LiteratureReference,
  Contribution,
  ActivityAssessment,
  InterventionChecklistItem,
  QualityCheck,
  OutcomeMeasurement,
  LearningReview,
  ImprovementAction,
];

/** The tables whose rows belong to one plan (all but organisations and plans themselves). */
export const planScopedEntities = planningEntities.filter(
  (entity) => entity !== Organization && entity !== Plan,
);
