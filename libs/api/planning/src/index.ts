export * from './demo/seed-demo-data';
export * from './organization/organization.entity';
export * from './planning.entities';
export * from './planning.module';
export * from './plan/plan.entity';
// The items of a plan, for the modules that read whole plans (exports, imports).
export * from './activities/activities.entities';
export * from './learning/learning.entities';
export * from './outcomes/outcome-measurement.entity';
export * from './quality/quality-check.entity';
export * from './societal-results/societal-results.entities';
export * from './youth-situation/youth-situation.entities';
// Read-only views of a whole plan, and its adopted versions.
export { PlanRows } from './common/plan-rows';
export { groupBy } from './common/collections';
export type { PlanSnapshot } from './insight/plan-snapshot';
export { loadPlanSnapshot } from './insight/load-plan-snapshot';
export { findGaps } from './insight/gaps';
export { Gap } from './insight/insight.models';
export { latestRegionalValue } from './insight/progress';
export type { LatestRegionalValue } from './insight/progress';
export * from './workflow/frozen-plan';
export { ApprovalDecision, ConsultationPartyState } from './workflow/workflow.models';
export type { ConsultationParty } from './workflow/workflow.models';
export { WorkflowService } from './workflow/workflow.service';
export type { PlanVersionText } from './workflow/workflow.service';
// For modules that write plan content: the hook every write runs, and the input field rules.
export { BEFORE_PLAN_WRITE, type BeforePlanWrite } from './common/item-writer';
export { EnumField, IdField, IntField, TextField } from './common/input-fields';
