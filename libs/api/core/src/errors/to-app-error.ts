import { HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ErrorCode, isErrorCode } from '@oogo/shared-domain';
import { GraphQLError } from 'graphql';
import { DomainError } from './domain-error';

export interface AppError {
  code: ErrorCode;
  message: string;
  httpStatus: number;
  details: Record<string, unknown>;
}

const httpStatusByCode: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};

const codeByHttpStatus = new Map<number, ErrorCode>(
  Object.entries(httpStatusByCode).map(([code, status]) => [status, code as ErrorCode]),
);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

const logger = new Logger('Errors');

/** Maps anything thrown to the public error shape; unknown errors are logged and hidden. */
export function toAppError(exception: unknown): AppError {
  if (exception instanceof DomainError) {
    const error = appError(exception.code, exception.message, exception.details);
    return exception.httpStatus ? { ...error, httpStatus: exception.httpStatus } : error;
  }
  if (exception instanceof GraphQLError && isErrorCode(exception.extensions['code'])) {
    return appError(exception.extensions['code'], exception.message, {});
  }
  if (exception instanceof HttpException) {
    return fromHttpException(exception);
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
  return appError(ErrorCode.INTERNAL, INTERNAL_ERROR_MESSAGE, {});
}

function fromHttpException(exception: HttpException): AppError {
  const status = exception.getStatus();
  const code =
    codeByHttpStatus.get(status) ?? (status >= 500 ? ErrorCode.INTERNAL : ErrorCode.BAD_USER_INPUT);
  if (code === ErrorCode.INTERNAL) {
    logger.error(exception.stack ?? exception.message);
    return appError(code, INTERNAL_ERROR_MESSAGE, {});
  }
  return appError(code, exception.message, {});
}

function appError(code: ErrorCode, message: string, details: Record<string, unknown>): AppError {
  return { code, message, httpStatus: httpStatusByCode[code], details };
}
