import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { formatExecutionResult, GraphqlErrorFormatter } from '../errors/format-graphql-error';

// Enough for every operation the web app sends, bounded so odd clients cannot grow it.
const MAX_COMPILED_QUERIES = 500;

/**
 * Runs queries as JavaScript compiled once per document (graphql-jit) instead of walking the
 * query for every request: a whole plan is tens of thousands of fields, and graphql-js's
 * interpreter took most of the request's time. Apollo still parses, validates and limits the
 * document first; mutations and subscriptions keep the standard executor.
 */
export function compiledQueriesPlugin(formatError: GraphqlErrorFormatter): ApolloServerPlugin {
  const compiled = new Map<string, CompiledQuery>();

  function compiledFor(context: GraphQLRequestContext<object>): CompiledQuery | undefined {
    const key = `${context.queryHash}:${context.operationName ?? ''}`;
    const cached = compiled.get(key);
    if (cached) return cached;
    if (!context.document) return undefined;
    const result = compileQuery(
      context.schema,
      context.document,
      context.operationName ?? undefined,
    );
    if (!isCompiledQuery(result)) return undefined; // the standard executor reports the problem
    if (compiled.size >= MAX_COMPILED_QUERIES)
      compiled.delete(compiled.keys().next().value as string);
    compiled.set(key, result);
    return result;
  }

  return {
    async requestDidStart() {
      return {
        async responseForOperation(context) {
          if (context.operation?.operation !== 'query') return null;
          const query = compiledFor(context);
          if (!query) return null;
          const result = await query.query(
            undefined,
            context.contextValue,
            context.request.variables ?? {},
          );
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: formatExecutionResult(result, formatError) },
          };
        },
      };
    },
  };
}
