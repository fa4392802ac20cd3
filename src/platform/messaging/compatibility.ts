/** A JSON Schema as TypeBox emits it (the subset the gate reasons about). */
export interface Schema {
  type?: string | string[];
  format?: string;
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  [keyword: string]: unknown;
}

const literalsOf = (schema: Schema): unknown[] | undefined => {
  if (Array.isArray(schema.enum)) return schema.enum;
  if ('const' in schema) return [schema.const];
  if (schema.anyOf?.every((option) => 'const' in option))
    return schema.anyOf.map((option) => option.const);
  return undefined;
};

const show = (value: unknown) => JSON.stringify(value);

/**
 * What in `next` would break a consumer written against `previous`: a field
 * removed or renamed, a type or format changed, a new required field, a field
 * no longer guaranteed, an enum narrowed, extra fields refused. Additions that
 * old consumers can ignore (a new optional field, a widened enum) are fine.
 */
export function breakingChanges(previous: Schema, next: Schema, path = 'payload'): string[] {
  const problems: string[] = [];
  const previousLiterals = literalsOf(previous);
  if (previousLiterals) {
    const nextLiterals = literalsOf(next);
    if (!nextLiterals) return [`${path} is no longer an enumeration`];
    const removed = previousLiterals.filter(
      (value) => !nextLiterals.some((v) => show(v) === show(value)),
    );
    if (removed.length > 0)
      problems.push(`${path} no longer allows ${removed.map(show).join(', ')} (enum narrowed)`);
    return problems;
  }
  if (show(previous.type) !== show(next.type)) {
    return [`${path} changed type from ${show(previous.type)} to ${show(next.type)}`];
  }
  if (previous.format !== next.format)
    problems.push(`${path} changed format from ${show(previous.format)} to ${show(next.format)}`);
  if (previous.properties) {
    const nextProperties = next.properties ?? {};
    for (const [name, schema] of Object.entries(previous.properties)) {
      const counterpart = nextProperties[name];
      if (!counterpart) problems.push(`${path}.${name} was removed or renamed`);
      else problems.push(...breakingChanges(schema, counterpart, `${path}.${name}`));
    }
    const wasRequired = new Set(previous.required ?? []);
    const isRequired = new Set(next.required ?? []);
    for (const name of isRequired) {
      if (!wasRequired.has(name)) {
        problems.push(
          `${path}.${name} is ${name in previous.properties ? 'now' : 'a new'} required field`,
        );
      }
    }
    for (const name of wasRequired) {
      if (!isRequired.has(name) && name in nextProperties)
        problems.push(`${path}.${name} is no longer required`);
    }
    if (previous.additionalProperties !== false && next.additionalProperties === false) {
      problems.push(`${path} now refuses additional properties`);
    }
  }
  if (previous.items && next.items)
    problems.push(...breakingChanges(previous.items, next.items, `${path}[]`));
  else if (previous.items) problems.push(`${path} is no longer an array of items`);
  if (previous.anyOf && !previousLiterals && show(previous.anyOf) !== show(next.anyOf)) {
    problems.push(`${path} changed its alternatives`);
  }
  return problems;
}
