import { Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from './domain-error';

/** Flattens class-validator's tree into `{ 'input.field': ['message', …] }` for the client. */
export function toFieldErrors(errors: ValidationError[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  const collect = (error: ValidationError, prefix: string) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) fieldErrors[path] = Object.values(error.constraints);
    for (const child of error.children ?? []) collect(child, path);
  };
  for (const error of errors) collect(error, '');
  return fieldErrors;
}

/**
 * Validates every decorated input at the edge; unknown fields are refused, not ignored.
 * Pass `expectedType` where the parameter's type is not known from reflection (generic
 * resolvers).
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ValidationPipe({
    expectedType,
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new BadUserInputError('Invalid input', toFieldErrors(errors)),
  });
}
