export * from './app-process';
export * from './browser';
export * from './use-running-app';
export * from './demo-accounts';
