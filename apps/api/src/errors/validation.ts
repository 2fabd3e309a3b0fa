import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ApiError } from './api-error';

/** Every failed check of a request body or query, one sentence each: "prefs must be a string; top must not be less than 1". */
export function validationMessage(errors: readonly ValidationError[], parent = ''): string {
  return errors
    .flatMap((error) => {
      const where = parent ? `${parent}.${error.property}` : error.property;
      const own = Object.values(error.constraints ?? {}).map((m) => (parent ? `${parent}.${m}` : m));
      const nested = error.children?.length ? [validationMessage(error.children, where)] : [];
      return [...own, ...nested];
    })
    .join('; ');
}

/**
 * The DTOs' class-validator checks on every route: unknown fields refused, values converted to
 * the DTO's types; a failure is 400 BAD_INPUT naming each problem.
 */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // One problem per field: a missing one is "must be a string", not also "too long".
    stopAtFirstError: true,
    exceptionFactory: (errors) => new ApiError(400, 'BAD_INPUT', validationMessage(errors)),
  });
}
