export * from './demo/seed-demo-data';
export * from './organization/organization.entity';
export * from './planning.entities';
export * from './planning.module';
export * from './plan/plan.entity';
// Read-only views of a whole plan, for exports.
export { PlanRows } from './common/plan-rows';
export type { PlanSnapshot } from './insight/plan-snapshot';
export { loadPlanSnapshot } from './insight/load-plan-snapshot';
export { findGaps } from './insight/gaps';
export { Gap } from './insight/insight.models';
