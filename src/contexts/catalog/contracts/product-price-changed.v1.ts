import { Type } from '@sinclair/typebox';
import { Sku } from '../../../platform/domain/sku.js';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { MoneySchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** An active product's price changed; orders placed from now on use the new price. */
export const ProductPriceChangedV1 = defineEvent({
  producer: 'catalog',
  type: 'ProductPriceChanged',
  version: 1,
  description: 'An active product’s price changed; orders placed from now on use the new price.',
  schema: Type.Object({
    productId: UuidSchema,
    sku: Type.String({ minLength: Sku.minLength, maxLength: Sku.maxLength }),
    previousPrice: MoneySchema,
    price: MoneySchema,
  }),
});

/** Payload of `catalog.ProductPriceChanged.v1`. */
export type ProductPriceChangedV1 = PayloadOf<typeof ProductPriceChangedV1>;
