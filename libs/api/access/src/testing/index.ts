export * from './sign-in';
export * from './user-factory';
