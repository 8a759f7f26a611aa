export * from './access.module';
export * from './auth/password';
export * from './user.entity';
export * from './demo-users';
