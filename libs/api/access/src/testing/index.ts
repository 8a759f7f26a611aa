export * from './sign-in';
export * from './user-factory';
export * from './mail-server';
