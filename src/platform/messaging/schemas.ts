import { Type } from '@sinclair/typebox';
import { COUNTRY_CODE } from '../domain/postal-address.js';

/** Reusable pieces of integration event schemas. */
export const MoneySchema = Type.Object(
  {
    amount: Type.Integer({ description: 'Minor units (cents).' }),
    currency: Type.String({ pattern: '^[A-Z]{3}$' }),
  },
  { description: 'An amount of money in integer minor units with its ISO 4217 currency.' },
);

export const UuidSchema = Type.String({ format: 'uuid' });

/** A postal address (platform/domain/postal-address.ts) as events carry it. */
export const PostalAddressSchema = Type.Object({
  recipient: Type.String(),
  line1: Type.String(),
  line2: Type.Union([Type.String(), Type.Null()]),
  city: Type.String(),
  postalCode: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  country: Type.String({ pattern: COUNTRY_CODE.source }),
});
