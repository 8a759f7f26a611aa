import { Logger } from '@nestjs/common';
import { ErrorCode, isErrorCode } from '@oogo/shared-domain';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error';
import { INTERNAL_ERROR_MESSAGE, toAppError } from './to-app-error';

// Apollo's own codes for a request the client got wrong; their messages are safe to show.
const clientMistakeCodes = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

export type GraphqlErrorFormatter = (
  formatted: GraphQLFormattedError,
  error?: unknown,
) => GraphQLFormattedError;

// "Cannot query field "x" on type "Plan". Did you mean "y"?" tells a prober the schema.
const SUGGESTION = / ?Did you mean .*\?$/;

/**
 * The last word on every error, HTTP or WebSocket: only our stable codes leave the server,
 * and nothing internal (stack traces, SQL) does. In production, field suggestions go too.
 */
export function graphqlErrorFormatter({
  hideSuggestions,
}: {
  hideSuggestions: boolean;
}): GraphqlErrorFormatter {
  return (formatted, error) => {
    const message = hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message;
    return formatGraphqlError({ ...formatted, message }, error);
  };
}

export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  // Thrown where the exception filter does not reach (a field resolver): map it the same way.
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (extensions['code'] === undefined && original instanceof DomainError) {
    const { code, message, details } = toAppError(original);
    return { ...formatted, message, extensions: { ...details, code } };
  }
  const code = extensions['code'];
  if (isErrorCode(code)) {
    return { ...formatted, extensions };
  }
  if (typeof code === 'string' && clientMistakeCodes.has(code)) {
    return { ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT, reason: code } };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : formatted.message);
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ErrorCode.INTERNAL },
  };
}

/**
 * An execution result with every error formatted. A result without `data` failed before
 * execution (e.g. variables of the wrong type): the client's mistake, not the server's.
 */
export function formatExecutionResult<
  T extends { data?: unknown; errors?: readonly GraphQLError[] },
>(
  result: T,
  formatError: GraphqlErrorFormatter,
): Omit<T, 'errors'> & { errors?: GraphQLFormattedError[] } {
  if (!result.errors?.length) return result as Omit<T, 'errors'>;
  const requestError = !('data' in result) || result.data === undefined;
  const errors = result.errors.map((error) => {
    const json = error.toJSON();
    const code = json.extensions?.['code'];
    return formatError(
      requestError && code === undefined
        ? { ...json, extensions: { ...json.extensions, code: 'BAD_REQUEST' } }
        : json,
      error,
    );
  });
  return { ...result, errors };
}
