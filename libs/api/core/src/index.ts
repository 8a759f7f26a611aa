export * from './config/app-config';
export * from './config/config.module';
export * from './core.module';
export * from './database/run-migrations';
export * from './database/start-database';
export * from './errors/domain-error';
export { GRAPHQL_PATH } from './graphql/graphql-api.module';
export * from './database/postgres-options';
