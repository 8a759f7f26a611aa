import { migrations } from '@oogo/migrations';
import type { DataSourceOptions } from 'typeorm';

/** The one place that says how the api talks to PostgreSQL; the app and the tests share it. */
export function postgresOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    applicationName: 'oogo-werkplaats',
    // The schema is owned by hand-reviewed migrations, never derived from entities.
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    // Failed queries surface as errors through the exception filter, without their parameters.
    logging: ['warn'],
  };
}
