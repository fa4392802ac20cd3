import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** The order cannot be fulfilled; anything reserved for it is to be released. */
export const OrderRejectedV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderRejected',
  version: 1,
  description: 'The order cannot be fulfilled; anything reserved for it is to be released.',
  schema: Type.Object({
    orderId: UuidSchema,
    customerId: UuidSchema,
    reason: Type.Union([Type.Literal('out_of_stock'), Type.Literal('payment_declined')]),
  }),
});

/** Payload of `ordering.OrderRejected.v1`. */
export type OrderRejectedV1 = PayloadOf<typeof OrderRejectedV1>;
