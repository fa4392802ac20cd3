import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** A customer placed an order; its lines need stock reserved before payment is taken. */
export const OrderPlacedV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderPlaced',
  version: 1,
  description: 'A customer placed an order; its lines need stock reserved before payment is taken.',
  schema: Type.Object({
    orderId: UuidSchema,
    customerId: UuidSchema,
    lines: Type.Array(Type.Object({ sku: Type.String(), quantity: Type.Integer({ minimum: 1 }) }), {
      minItems: 1,
    }),
  }),
});

/** Payload of `ordering.OrderPlaced.v1`. */
export type OrderPlacedV1 = PayloadOf<typeof OrderPlacedV1>;
