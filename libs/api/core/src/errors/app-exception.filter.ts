import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { toAppError } from './to-app-error';

/** The single exception filter: every error leaves the api with a stable `code`. */
@Catch()
export class AppExceptionFilter implements ExceptionFilter, GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    const error = toAppError(exception);
    if (host.getType<GqlContextType>() === 'graphql') {
      return new GraphQLError(error.message, {
        extensions: { ...error.details, code: error.code },
      });
    }
    const response = host.switchToHttp().getResponse<Response>();
    response
      .status(error.httpStatus)
      .json({ ...error.details, code: error.code, message: error.message });
  }
}
