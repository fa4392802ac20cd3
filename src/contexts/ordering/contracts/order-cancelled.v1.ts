import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** The customer (or an administrator) cancelled the order before shipment: release its stock, refund a capture. */
export const OrderCancelledV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderCancelled',
  version: 1,
  description:
    'The order was cancelled before shipment: its stock is to be released and a captured payment refunded.',
  schema: Type.Object({
    orderId: UuidSchema,
    customerId: UuidSchema,
    previousStatus: Type.String(),
  }),
});

/** Payload of `ordering.OrderCancelled.v1`. */
export type OrderCancelledV1 = PayloadOf<typeof OrderCancelledV1>;
