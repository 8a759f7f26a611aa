export * from './demo/seed-demo-data';
export * from './organization/organization.entity';
export * from './planning.entities';
export * from './planning.module';
export * from './plan/plan.entity';
export * from './workflow/frozen-plan';
export { ApprovalDecision, ConsultationPartyState } from './workflow/workflow.models';
export type { ConsultationParty } from './workflow/workflow.models';
export { WorkflowService } from './workflow/workflow.service';
export type { PlanVersionText } from './workflow/workflow.service';
export { latestRegionalValue } from './insight/progress';
export type { LatestRegionalValue } from './insight/progress';
export type {
  Activity,
  ActivityAssessment,
  Contribution,
  InterventionChecklistItem,
  LiteratureReference,
} from './activities/activities.entities';
export type { ImprovementAction, LearningReview } from './learning/learning.entities';
export type { OutcomeMeasurement } from './outcomes/outcome-measurement.entity';
export type { QualityCheck } from './quality/quality-check.entity';
export type { ResultIndicator, SocietalResult } from './societal-results/societal-results.entities';
export type {
  Analysis,
  Indicator,
  Measurement,
  ReflectionAnswer,
  Signal,
} from './youth-situation/youth-situation.entities';
