import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { MoneySchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** A captured payment was given back in full (the order was cancelled after payment). */
export const PaymentRefundedV1 = defineEvent({
  producer: 'payments',
  type: 'PaymentRefunded',
  version: 1,
  description: 'A captured payment was given back in full (the order was cancelled after payment).',
  schema: Type.Object({
    paymentId: UuidSchema,
    orderId: UuidSchema,
    amount: MoneySchema,
    providerReference: Type.String(),
  }),
});

/** Payload of `payments.PaymentRefunded.v1`. */
export type PaymentRefundedV1 = PayloadOf<typeof PaymentRefundedV1>;
