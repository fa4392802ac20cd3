import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
(addFormats as unknown as (ajv: Ajv) => void)(ajv);
const compiled = new WeakMap<object, ValidateFunction>();

/**
 * What is wrong with `value` against a JSON Schema (`/path message; …`), or
 * undefined when it matches. Each schema object is compiled once.
 */
export function schemaProblems(schema: object, value: unknown): string | undefined {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return undefined;
  return (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`)
    .join('; ');
}
