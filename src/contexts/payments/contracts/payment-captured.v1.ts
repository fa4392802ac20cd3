import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { MoneySchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** The order's total was charged: the order is paid. */
export const PaymentCapturedV1 = defineEvent({
  producer: 'payments',
  type: 'PaymentCaptured',
  version: 1,
  description: 'The order’s total was charged: the order is paid.',
  schema: Type.Object({
    paymentId: UuidSchema,
    orderId: UuidSchema,
    amount: MoneySchema,
    providerReference: Type.String(),
  }),
});

/** Payload of `payments.PaymentCaptured.v1`. */
export type PaymentCapturedV1 = PayloadOf<typeof PaymentCapturedV1>;
