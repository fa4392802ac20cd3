import { type TSchema, Type } from '@sinclair/typebox';
import { breakingChanges } from './compatibility.js';

const plain = (schema: TSchema) => JSON.parse(JSON.stringify(schema));
const check = (previous: TSchema, next: TSchema) => breakingChanges(plain(previous), plain(next));

const Money = Type.Object({ amount: Type.Integer(), currency: Type.String() });
const V1 = Type.Object({
  productId: Type.String({ format: 'uuid' }),
  sku: Type.String(),
  price: Money,
  status: Type.Union([Type.Literal('active'), Type.Literal('discontinued')]),
  tags: Type.Array(Type.String()),
  note: Type.Optional(Type.String()),
});

describe('breakingChanges', () => {
  it('finds nothing when the schema is unchanged', () => {
    expect(check(V1, V1)).toEqual([]);
  });

  it.each([
    [
      'a new optional field',
      Type.Object({ ...V1.properties, colour: Type.Optional(Type.String()) }),
    ],
    [
      'a widened enum',
      Type.Object({
        ...V1.properties,
        status: Type.Union([
          Type.Literal('active'),
          Type.Literal('discontinued'),
          Type.Literal('draft'),
        ]),
      }),
    ],
    [
      'a new optional nested field',
      Type.Object({
        ...V1.properties,
        price: Type.Object({ ...Money.properties, taxIncluded: Type.Optional(Type.Boolean()) }),
      }),
    ],
    [
      'a changed description',
      Type.Object({ ...V1.properties, sku: Type.String({ description: 'stock keeping unit' }) }),
    ],
  ])('accepts %s', (_change, next) => {
    expect(check(V1, next)).toEqual([]);
  });

  it.each([
    [
      'a removed field',
      Type.Object((({ sku: _sku, ...rest }) => rest)(V1.properties)),
      'payload.sku was removed or renamed',
    ],
    [
      'a renamed field',
      Type.Object({
        ...(({ sku: _sku, ...rest }) => rest)(V1.properties),
        stockKeepingUnit: Type.String(),
      }),
      'payload.sku was removed or renamed',
    ],
    [
      'a changed type',
      Type.Object({ ...V1.properties, sku: Type.Integer() }),
      'payload.sku changed type from "string" to "integer"',
    ],
    [
      'a changed nested type',
      Type.Object({
        ...V1.properties,
        price: Type.Object({ amount: Type.String(), currency: Type.String() }),
      }),
      'payload.price.amount changed type',
    ],
    [
      'a new required field',
      Type.Object({ ...V1.properties, colour: Type.String() }),
      'payload.colour is a new required field',
    ],
    [
      'an optional field made required',
      Type.Object({ ...V1.properties, note: Type.String() }),
      'payload.note is now required field',
    ],
    [
      'a required field made optional',
      Type.Object({ ...V1.properties, sku: Type.Optional(Type.String()) }),
      'payload.sku is no longer required',
    ],
    [
      'a narrowed enum',
      Type.Object({ ...V1.properties, status: Type.Union([Type.Literal('active')]) }),
      'payload.status no longer allows "discontinued" (enum narrowed)',
    ],
    [
      'a changed format',
      Type.Object({ ...V1.properties, productId: Type.String() }),
      'payload.productId changed format',
    ],
    [
      'a changed array item type',
      Type.Object({ ...V1.properties, tags: Type.Array(Type.Integer()) }),
      'payload.tags[] changed type',
    ],
    [
      'refusing extra fields',
      Type.Object(V1.properties, { additionalProperties: false }),
      'payload now refuses additional properties',
    ],
  ])('refuses %s', (_change, next, message) => {
    const problems = check(V1, next);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(message);
  });
});
