import { ErrorCode } from '@oogo/shared-domain';

/**
 * An expected failure the client can act on. Services throw these; the one exception filter
 * turns them into GraphQL errors with `extensions.code` (or a JSON body on plain HTTP).
 */
export class DomainError extends Error {
  /** On plain HTTP routes, a status other than the code's usual one (e.g. 413 for a large upload). */
  readonly httpStatus?: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Safe, client-facing details, e.g. which field is wrong or the current value. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, fieldErrors: Record<string, string[]> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors });
  }
}

/** Signed in and visible, but this person may not do this (e.g. act for another organisation). */
export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} does not exist or is not visible to you`, {
      entity,
      id,
    });
  }
}

/**
 * Someone else changed the item first. Nothing was written; `current` is the item as it is
 * now, so the client can show both versions and let the user decide.
 */
export class ConflictError extends DomainError {
  constructor(entity: string, current: unknown, changedBy: LastChange | null = null) {
    super(ErrorCode.CONFLICT, `${entity} was changed by someone else; your change was not saved`, {
      entity,
      current,
      changedBy,
    });
  }
}

/** Who made the change that won, for "X changed this at 10:42" next to both versions. */
export interface LastChange {
  userId: string | null;
  displayName: string | null;
  organizationName: string | null;
  at: Date;
}

/** Not signed in, or the sign-in failed (never saying whether the e-mail address exists). */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Not signed in') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', { retryAfterSeconds });
  }
}
