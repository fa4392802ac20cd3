import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** The provider declined the charge; nothing was taken. */
export const PaymentFailedV1 = defineEvent({
  producer: 'payments',
  type: 'PaymentFailed',
  version: 1,
  description: 'The provider declined the charge; nothing was taken.',
  schema: Type.Object({
    paymentId: UuidSchema,
    orderId: UuidSchema,
    reason: Type.String({
      description: 'The provider’s reason, e.g. card_declined, insufficient_funds.',
    }),
  }),
});

/** Payload of `payments.PaymentFailed.v1`. */
export type PaymentFailedV1 = PayloadOf<typeof PaymentFailedV1>;
