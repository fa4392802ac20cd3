import { Type } from '@sinclair/typebox';
import { Sku } from '../../../platform/domain/sku.js';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** A product was discontinued: it can no longer be ordered. */
export const ProductDiscontinuedV1 = defineEvent({
  producer: 'catalog',
  type: 'ProductDiscontinued',
  version: 1,
  description: 'A product was discontinued: it can no longer be ordered.',
  schema: Type.Object({
    productId: UuidSchema,
    sku: Type.String({ minLength: Sku.minLength, maxLength: Sku.maxLength }),
  }),
});

/** Payload of `catalog.ProductDiscontinued.v1`. */
export type ProductDiscontinuedV1 = PayloadOf<typeof ProductDiscontinuedV1>;
