interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  examples?: unknown[];
  default?: unknown;
  minimum?: number;
  minLength?: number;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
}

const FORMATS: Record<string, string> = {
  uuid: '0b7c3f52-6a1e-4f0d-9a4e-2f7d9c8b1a23',
  'date-time': '2026-11-30T09:00:00.000Z',
  date: '2026-11-30',
  email: 'ada@example.com',
  uri: 'https://example.com/',
};

/**
 * A plausible example value for a JSON Schema, for the event catalog: its
 * own `examples`/`default`/`const`/`enum` first, then one made from the type
 * and format. Deterministic, so that the generated docs are stable.
 */
export function exampleOf(schema: JsonSchema, name = ''): unknown {
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return exampleOf(variant, name);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => schema.required?.includes(key) ?? true)
          .map(([key, property]) => [key, exampleOf(property, key)]),
      );
    case 'array':
      return schema.items ? [exampleOf(schema.items, name)] : [];
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'string':
      return (schema.format && FORMATS[schema.format]) ?? stringFor(name, schema);
    case undefined:
    default:
      return null;
  }
}

function stringFor(name: string, schema: JsonSchema): string {
  if (/currency/i.test(name)) return 'USD';
  if (/country/i.test(name)) return 'US';
  if (/sku/i.test(name)) return 'MUG-001';
  if (/token/i.test(name)) return 'tok_visa';
  const text = name || 'text';
  return text.length >= (schema.minLength ?? 0) ? text : text.padEnd(schema.minLength ?? 0, 'x');
}
