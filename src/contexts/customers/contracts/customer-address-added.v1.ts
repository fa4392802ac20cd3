import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** A customer saved a shipping address; orders may refer to it by id. */
export const CustomerAddressAddedV1 = defineEvent({
  producer: 'customers',
  type: 'CustomerAddressAdded',
  version: 1,
  description: 'A customer saved a shipping address; orders may refer to it by id.',
  schema: Type.Object({
    customerId: UuidSchema,
    address: Type.Object({
      id: Type.String(),
      recipient: Type.String(),
      line1: Type.String(),
      line2: Type.Union([Type.String(), Type.Null()]),
      city: Type.String(),
      postalCode: Type.String(),
      region: Type.Union([Type.String(), Type.Null()]),
      country: Type.String({ pattern: '^[A-Z]{2}$' }),
    }),
  }),
});

/** Payload of `customers.CustomerAddressAdded.v1`. */
export type CustomerAddressAddedV1 = PayloadOf<typeof CustomerAddressAddedV1>;
