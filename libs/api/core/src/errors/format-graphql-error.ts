import { Logger } from '@nestjs/common';
import { ErrorCode, isErrorCode } from '@oogo/shared-domain';
import type { GraphQLFormattedError } from 'graphql';
import { INTERNAL_ERROR_MESSAGE } from './to-app-error';

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

/**
 * Apollo's last word on every error, HTTP or WebSocket: only our stable codes leave the
 * server, and nothing internal (stack traces, SQL) does.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error?: unknown,
): GraphQLFormattedError {
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
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
