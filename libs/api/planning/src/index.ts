export * from './demo/seed-demo-data';
export * from './organization/organization.entity';
export * from './planning.entities';
export * from './planning.module';
export * from './plan/plan.entity';
export { BEFORE_PLAN_WRITE, type BeforePlanWrite } from './common/item-writer';
export { EnumField, IdField, IntField, TextField } from './common/input-fields';
