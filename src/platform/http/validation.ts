import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes, type ValidatorOptions } from 'class-validator';
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

const nestedProperties = new Map<unknown, { property: string; each: boolean }[]>();

/** The properties a DTO class validates as nested objects (read once per class). */
function nestedOf(type: unknown): { property: string; each: boolean }[] {
  let found = nestedProperties.get(type);
  if (!found) {
    found = getMetadataStorage()
      .getTargetValidationMetadatas(type as new () => object, '', true, false)
      .filter((meta) => meta.type === ValidationTypes.NESTED_VALIDATION)
      .map((meta) => ({ property: meta.propertyName, each: meta.each }));
    nestedProperties.set(type, found);
  }
  return found;
}

const notAnObject = (property: string): ValidationError => ({
  property,
  constraints: { isObject: `property ${property} must be an object` },
  children: [],
});

/**
 * class-validator's `@ValidateNested` walks into any array it meets, so an
 * array where an object is declared (`"lines": [[]]`) passes and reaches the
 * handler as something else than its DTO. Every nested value must be an
 * object (each item, for `each`); returned in class-validator's error shape.
 */
function misshapenNested(object: object): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const { property, each } of nestedOf(object.constructor)) {
    const value = (object as Record<string, unknown>)[property];
    if (value === undefined || value === null) continue;
    const items = each && Array.isArray(value) ? value : [value];
    const children = items.flatMap((item: unknown, index): ValidationError[] => {
      const name = each && Array.isArray(value) ? String(index) : property;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        return [notAnObject(name)];
      }
      const inner = misshapenNested(item);
      return inner.length ? [{ property: name, children: inner }] : [];
    });
    if (children.length === 0) continue;
    errors.push(each && Array.isArray(value) ? { property, children } : children[0]!);
  }
  return errors;
}

class StrictValidationPipe extends ValidationPipe {
  protected override async validate(
    object: object,
    options?: ValidatorOptions,
  ): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    return errors.length > 0 ? errors : misshapenNested(object);
  }
}

/**
 * Request DTOs are validated strictly: unknown properties are refused (not
 * silently dropped), and values are converted to their declared types.
 */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
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
