import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { MoneySchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** The order left the warehouse; it can no longer be cancelled. */
export const OrderShippedV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderShipped',
  version: 1,
  description: 'The order left the warehouse; it can no longer be cancelled.',
  schema: Type.Object({ orderId: UuidSchema, customerId: UuidSchema }),
});

/** The order reached the customer: its total counts towards the customer's lifetime spend. */
export const OrderDeliveredV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderDelivered',
  version: 1,
  description:
    'The order reached the customer: its total counts towards the customer’s lifetime spend.',
  schema: Type.Object({ orderId: UuidSchema, customerId: UuidSchema, total: MoneySchema }),
});

/** Payload of `ordering.OrderShipped.v1`. */
export type OrderShippedV1 = PayloadOf<typeof OrderShippedV1>;
/** Payload of `ordering.OrderDelivered.v1`. */
export type OrderDeliveredV1 = PayloadOf<typeof OrderDeliveredV1>;
