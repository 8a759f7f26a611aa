export * from './apollo-client';
export * from './generated';
// The operation and schema types (KompasQuery, Stage, …) for components; documents come via `graphql()`.
export type * from './generated/graphql';
