import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from '../config/app-config';
import { formatGraphqlError } from '../errors/format-graphql-error';
import { compiledQueriesPlugin } from './compiled-queries.plugin';

export const GRAPHQL_PATH = '/graphql';

/** Code-first GraphQL; the schema is built in memory and committed as `apps/api/schema.gql`. */
@Module({})
export class GraphqlApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: config.environment !== 'production',
          playground: false,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphqlError,
          // Responses are per user and never cached by HTTP; the plugin costs time on every field.
          plugins: [ApolloServerPluginCacheControlDisabled(), compiledQueriesPlugin()],
        }),
      ],
    };
  }
}
