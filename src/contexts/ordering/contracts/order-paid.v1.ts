import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import {
  MoneySchema,
  PostalAddressSchema,
  UuidSchema,
} from '../../../platform/messaging/schemas.js';

/** The order is paid: its stock is to be taken off the shelf and a shipment prepared. */
export const OrderPaidV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderPaid',
  version: 1,
  description: 'The order is paid: its stock is to be taken off the shelf and a shipment prepared.',
  schema: Type.Object({
    orderId: UuidSchema,
    customerId: UuidSchema,
    lines: Type.Array(Type.Object({ sku: Type.String(), quantity: Type.Integer({ minimum: 1 }) }), {
      minItems: 1,
    }),
    shippingAddress: PostalAddressSchema,
    shippingCost: MoneySchema,
    total: MoneySchema,
  }),
});

/** Payload of `ordering.OrderPaid.v1`. */
export type OrderPaidV1 = PayloadOf<typeof OrderPaidV1>;
