import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { type FieldError, RequestValidationFailed } from './problem.js';

function flatten(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property \S+ /, `property ${field} `),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Request DTOs are validated strictly: unknown properties are refused (not
 * silently dropped), and values are converted to their declared types.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationFailed(flatten(errors)),
  });
}
