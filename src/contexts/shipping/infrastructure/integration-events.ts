import { IntegrationEvents } from '../../../platform/messaging/integration-event.js';
import {
  ShipmentCreatedV1,
  ShipmentDeliveredV1,
  ShipmentDispatchedV1,
} from '../contracts/index.js';
import { ShipmentCreated, ShipmentDelivered, ShipmentDispatched } from '../domain/shipment.js';

/** What shipping tells the other contexts; keyed by the order, like the order's own events. */
export const shippingIntegrationEvents = new IntegrationEvents()
  .on(
    ShipmentCreated,
    ShipmentCreatedV1,
    (e) => ({
      shipmentId: e.aggregateId,
      orderId: e.orderId,
    }),
    (e) => e.orderId,
  )
  .on(
    ShipmentDispatched,
    ShipmentDispatchedV1,
    (e) => ({
      shipmentId: e.aggregateId,
      orderId: e.orderId,
      carrier: e.carrier,
      trackingNumber: e.trackingNumber,
    }),
    (e) => e.orderId,
  )
  .on(
    ShipmentDelivered,
    ShipmentDeliveredV1,
    (e) => ({
      shipmentId: e.aggregateId,
      orderId: e.orderId,
    }),
    (e) => e.orderId,
  );
