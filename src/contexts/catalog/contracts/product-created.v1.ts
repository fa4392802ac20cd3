import { Type } from '@sinclair/typebox';
import { Sku } from '../../../platform/domain/sku.js';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { MoneySchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** A product was added to the catalog; it is active and can be ordered. */
export const ProductCreatedV1 = defineEvent({
  producer: 'catalog',
  type: 'ProductCreated',
  version: 1,
  description: 'A product was added to the catalog; it is active and can be ordered.',
  schema: Type.Object({
    productId: UuidSchema,
    sku: Type.String({ minLength: Sku.minLength, maxLength: Sku.maxLength }),
    name: Type.String({ minLength: 1 }),
    category: Type.String({ minLength: 1 }),
    price: MoneySchema,
    weightGrams: Type.Integer({ minimum: 0 }),
  }),
});

/** Payload of `catalog.ProductCreated.v1`. */
export type ProductCreatedV1 = PayloadOf<typeof ProductCreatedV1>;
