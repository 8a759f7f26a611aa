export * from './apollo-client';
export * from './generated';
