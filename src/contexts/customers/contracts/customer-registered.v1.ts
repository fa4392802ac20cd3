import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** A shopper opened an account. Carries no personal data beyond the id. */
export const CustomerRegisteredV1 = defineEvent({
  producer: 'customers',
  type: 'CustomerRegistered',
  version: 1,
  description: 'A shopper opened an account. Carries no personal data beyond the id.',
  schema: Type.Object({
    customerId: UuidSchema,
    tier: Type.Union([Type.Literal('standard'), Type.Literal('premium')]),
  }),
});

/** Payload of `customers.CustomerRegistered.v1`. */
export type CustomerRegisteredV1 = PayloadOf<typeof CustomerRegisteredV1>;
