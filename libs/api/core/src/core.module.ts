import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { AppExceptionFilter } from './errors/app-exception.filter';
import { createValidationPipe } from './errors/validation';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthModule } from './health/health.module';

export interface CoreModuleOptions {
  config: AppConfig;
  /** The database to use, already migrated (see `startDatabase` and `runMigrations`). */
  databaseUrl: string;
}

/** Everything every api process needs: config, database, GraphQL, errors, validation, health. */
@Module({})
export class CoreModule {
  static forRoot({ config, databaseUrl }: CoreModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        GraphqlApiModule.forRoot(config),
        HealthModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: AppExceptionFilter },
        { provide: APP_PIPE, useFactory: () => createValidationPipe() },
      ],
    };
  }
}
