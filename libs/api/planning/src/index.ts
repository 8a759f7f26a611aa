export * from './organization/organization.entity';
export * from './planning.module';
