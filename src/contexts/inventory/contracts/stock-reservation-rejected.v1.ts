import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** Not every line could be reserved, so none was. Names the skus that lacked stock. */
export const StockReservationRejectedV1 = defineEvent({
  producer: 'inventory',
  type: 'StockReservationRejected',
  version: 1,
  description: 'Not every line could be reserved, so none was. Names the skus that lacked stock.',
  schema: Type.Object({
    orderId: UuidSchema,
    lackingSkus: Type.Array(Type.String(), { minItems: 1 }),
  }),
});

/** Payload of `inventory.StockReservationRejected.v1`. */
export type StockReservationRejectedV1 = PayloadOf<typeof StockReservationRejectedV1>;
