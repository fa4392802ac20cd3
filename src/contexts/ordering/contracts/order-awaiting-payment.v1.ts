import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { MoneySchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** Stock is reserved: the order's total is to be charged with the payment method the customer chose. */
export const OrderAwaitingPaymentV1 = defineEvent({
  producer: 'ordering',
  type: 'OrderAwaitingPayment',
  version: 1,
  description:
    'Stock is reserved: the order’s total is to be charged with the payment method the customer chose.',
  schema: Type.Object({
    orderId: UuidSchema,
    customerId: UuidSchema,
    amount: MoneySchema,
    paymentMethod: Type.Union([
      Type.Object({
        type: Type.Literal('card'),
        token: Type.String({ pattern: '^tok_[A-Za-z0-9]+$' }),
      }),
      Type.Object({ type: Type.Literal('paypal'), payerEmail: Type.String() }),
    ]),
  }),
});

/** Payload of `ordering.OrderAwaitingPayment.v1`. */
export type OrderAwaitingPaymentV1 = PayloadOf<typeof OrderAwaitingPaymentV1>;
