import type { NestExpressApplication } from '@nestjs/platform-express';
import { ErrorCode } from '@oogo/shared-domain';
import type { NextFunction, Request, Response } from 'express';
import cookieParser from 'cookie-parser';
import { randomUUID } from 'node:crypto';
import helmet from 'helmet';

/** Largest request body; a whole plan edit is a few KB. File uploads get their own route. */
export const MAX_BODY_SIZE = '1mb';

/**
 * Security headers (helmet, with a CSP that allows only this origin) and a bounded JSON body
 * for every HTTP request. Create the app with `bodyParser: false` so this limit is the one.
 */
export function secureHttp(app: NestExpressApplication): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
        },
      },
    }),
  );
  app.useBodyParser('json', { limit: MAX_BODY_SIZE });
  app.use(bodyErrorHandler);
  app.use(cookieParser());
  app.use(assignRequestId);
}

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/**
 * A body too large or not JSON, answered in the same shape as every other error, with a
 * stable code (registered right after the body parser, whose errors it handles).
 */
export function bodyErrorHandler(
  error: BodyParserError,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (response.headersSent || !error.status || error.status >= 500) {
    next(error);
    return;
  }
  const tooLarge = error.type === 'entity.too.large';
  response.status(error.status).json({
    errors: [
      {
        message: tooLarge
          ? `The request is larger than ${MAX_BODY_SIZE}`
          : 'The request body is not valid JSON',
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          reason: tooLarge ? 'BODY_TOO_LARGE' : 'INVALID_BODY',
        },
      },
    ],
  });
}

const REQUEST_ID = /^[\w-]{8,64}$/;

/** The id {@link assignRequestId} gave a request (also on a WebSocket's upgrade request). */
export function requestIdOf(request: Request | undefined): string | undefined {
  return (request as { requestId?: string } | undefined)?.requestId;
}

/** Every request gets an id (a sane incoming X-Request-Id is kept), echoed in the response. */
export function assignRequestId(
  request: Request & { requestId?: string },
  response: Response,
  next: NextFunction,
): void {
  const incoming = request.header('x-request-id');
  request.requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', request.requestId);
  next();
}
