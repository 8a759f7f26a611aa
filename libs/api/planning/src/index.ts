export * from './demo/seed-demo-data';
export * from './organization/organization.entity';
export * from './planning.entities';
export * from './planning.module';
export * from './plan/plan.entity';
