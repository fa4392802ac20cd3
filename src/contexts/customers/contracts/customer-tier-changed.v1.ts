import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

const TierSchema = Type.Union([Type.Literal('standard'), Type.Literal('premium')]);

/** A customer moved to another tier; premium customers get the premium discount from then on. */
export const CustomerTierChangedV1 = defineEvent({
  producer: 'customers',
  type: 'CustomerTierChanged',
  version: 1,
  description:
    'A customer moved to another tier; premium customers get the premium discount from then on.',
  schema: Type.Object({ customerId: UuidSchema, previousTier: TierSchema, tier: TierSchema }),
});

/** Payload of `customers.CustomerTierChanged.v1`. */
export type CustomerTierChangedV1 = PayloadOf<typeof CustomerTierChangedV1>;
