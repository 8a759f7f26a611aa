import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { AppConfig } from '../config/app-config';
import { formatExecutionResult, graphqlErrorFormatter } from '../errors/format-graphql-error';
import { compiledQueriesPlugin } from './compiled-queries.plugin';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { checkDocument, limitRules, parseOptions } from './document-limits';

export const GRAPHQL_PATH = '/graphql';

/**
 * Code-first GraphQL over HTTP (Apollo) and WebSocket (graphql-ws, same path). Both apply the
 * same document limits and error formatting: @nestjs/graphql does not pass Apollo's
 * validation rules to graphql-ws, so they are wired in here explicitly.
 */
@Module({})
export class GraphqlApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    const production = config.environment === 'production';
    const formatError = graphqlErrorFormatter({ hideSuggestions: production });
    // The built schema, for the WebSocket path, which validates documents itself.
    let schema: GraphQLSchema | undefined;
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: GRAPHQL_PATH,
          autoSchemaFile: true,
          sortSchema: true,
          introspection: !production,
          playground: false,
          includeStacktraceInErrorResponses: false,
          allowBatchedHttpRequests: false,
          csrfPrevention: true,
          parseOptions,
          validationRules: limitRules,
          formatError,
          // HTTP gives { req, res }; graphql-ws gives its connection context, whose upgrade
          // request carries the session cookie. One new context object per operation.
          context: (source: { req?: unknown; res?: unknown; extra?: { request?: unknown } }) =>
            source.extra ? { req: source.extra.request } : { req: source.req, res: source.res },
          transformSchema: (built) => {
            schema = built;
            return built;
          },
          // Responses are per user and never cached by HTTP; the plugin costs time on every field.
          plugins: [ApolloServerPluginCacheControlDisabled(), compiledQueriesPlugin(formatError)],
          subscriptions: {
            'graphql-ws': {
              path: GRAPHQL_PATH,
              onSubscribe: (_context, _id, payload) => {
                const checked = checkDocument(schema as GraphQLSchema, payload.query);
                if (checked.errors) {
                  return checked.errors.map((error) => {
                    const formatted = formatError(error.toJSON(), error);
                    return new GraphQLError(formatted.message, {
                      extensions: formatted.extensions,
                    });
                  });
                }
                return {
                  schema: schema as GraphQLSchema,
                  document: checked.document,
                  operationName: payload.operationName,
                  variableValues: payload.variables,
                };
              },
              onNext: (_context, _id, _payload, _args, result) =>
                formatExecutionResult(result, formatError),
            },
          },
        }),
      ],
    };
  }
}
