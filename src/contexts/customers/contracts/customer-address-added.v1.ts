import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { PostalAddressSchema, UuidSchema } from '../../../platform/messaging/schemas.js';

/** A customer saved a shipping address; orders may refer to it by id. */
export const CustomerAddressAddedV1 = defineEvent({
  producer: 'customers',
  type: 'CustomerAddressAdded',
  version: 1,
  description: 'A customer saved a shipping address; orders may refer to it by id.',
  schema: Type.Object({
    customerId: UuidSchema,
    address: Type.Object({ id: Type.String(), ...PostalAddressSchema.properties }),
  }),
});

/** Payload of `customers.CustomerAddressAdded.v1`. */
export type CustomerAddressAddedV1 = PayloadOf<typeof CustomerAddressAddedV1>;
