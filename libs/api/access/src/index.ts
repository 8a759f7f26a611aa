export * from './access.module';
export * from './user.entity';
export * from './demo-users';
