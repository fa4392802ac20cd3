import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** A reservation was given up (order cancelled or rejected): its stock is available again. */
export const StockReleasedV1 = defineEvent({
  producer: 'inventory',
  type: 'StockReleased',
  version: 1,
  description:
    'A reservation was given up (order cancelled or rejected): its stock is available again.',
  schema: Type.Object({
    orderId: UuidSchema,
    lines: Type.Array(Type.Object({ sku: Type.String(), quantity: Type.Integer({ minimum: 1 }) })),
  }),
});

/** Payload of `inventory.StockReleased.v1`. */
export type StockReleasedV1 = PayloadOf<typeof StockReleasedV1>;
