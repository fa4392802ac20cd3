import { Type } from '@sinclair/typebox';
import { defineEvent, type PayloadOf } from '../../../platform/messaging/contract.js';
import { UuidSchema } from '../../../platform/messaging/schemas.js';

/** A paid order has a shipment waiting to be dispatched. */
export const ShipmentCreatedV1 = defineEvent({
  producer: 'shipping',
  type: 'ShipmentCreated',
  version: 1,
  description: 'A paid order has a shipment waiting to be dispatched.',
  schema: Type.Object({ shipmentId: UuidSchema, orderId: UuidSchema }),
});

/** The shipment left the warehouse with a carrier and a tracking number. */
export const ShipmentDispatchedV1 = defineEvent({
  producer: 'shipping',
  type: 'ShipmentDispatched',
  version: 1,
  description: 'The shipment left the warehouse with a carrier and a tracking number.',
  schema: Type.Object({
    shipmentId: UuidSchema,
    orderId: UuidSchema,
    carrier: Type.String(),
    trackingNumber: Type.String(),
  }),
});

/** The shipment reached its recipient. */
export const ShipmentDeliveredV1 = defineEvent({
  producer: 'shipping',
  type: 'ShipmentDelivered',
  version: 1,
  description: 'The shipment reached its recipient.',
  schema: Type.Object({ shipmentId: UuidSchema, orderId: UuidSchema }),
});

/** Payload of `shipping.ShipmentCreated.v1`. */
export type ShipmentCreatedV1 = PayloadOf<typeof ShipmentCreatedV1>;
/** Payload of `shipping.ShipmentDispatched.v1`. */
export type ShipmentDispatchedV1 = PayloadOf<typeof ShipmentDispatchedV1>;
/** Payload of `shipping.ShipmentDelivered.v1`. */
export type ShipmentDeliveredV1 = PayloadOf<typeof ShipmentDeliveredV1>;
