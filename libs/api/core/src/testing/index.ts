export * from './test-database';
export * from './test-api';
export * from './count-statements';
export * from './test-websocket';
