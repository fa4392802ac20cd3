import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** Every line of the order is reserved: the stock is held for it until it is paid, cancelled or rejected. */
export const StockReservedV1 = defineEvent({
  producer: 'inventory',
  type: 'StockReserved',
  version: 1,
  description:
    'Every line of the order is reserved: the stock is held until the order is paid, cancelled or rejected.',
  schema: Type.Object({
    orderId: UuidSchema,
    lines: Type.Array(Type.Object({ sku: Type.String(), quantity: Type.Integer({ minimum: 1 }) })),
  }),
});

/** Payload of `inventory.StockReserved.v1`. */
export type StockReservedV1 = PayloadOf<typeof StockReservedV1>;
