import { Type } from '@sinclair/typebox';

/** Reusable pieces of integration event schemas. */
export const MoneySchema = Type.Object(
  {
    amount: Type.Integer({ description: 'Minor units (cents).' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  },
  { description: 'An amount of money in integer minor units with its ISO 4217 currency.' },
);

export const UuidSchema = Type.String({ format: 'uuid' });
