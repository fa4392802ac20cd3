import {
  integrationEvent,
  IntegrationEvents,
} from '../../../platform/messaging/integration-event.js';
import {
  ShipmentCreatedV1,
  ShipmentDeliveredV1,
  ShipmentDispatchedV1,
} from '../contracts/index.js';
import { ShipmentCreated, ShipmentDelivered, ShipmentDispatched } from '../domain/shipment.js';

/** What shipping tells the other contexts; keyed by the order, like the order's own events. */
export const shippingIntegrationEvents = new IntegrationEvents()
  .on(ShipmentCreated, (e) =>
    integrationEvent(ShipmentCreatedV1, e.orderId, e.occurredAt, {
      shipmentId: e.aggregateId,
      orderId: e.orderId,
    }),
  )
  .on(ShipmentDispatched, (e) =>
    integrationEvent(ShipmentDispatchedV1, e.orderId, e.occurredAt, {
      shipmentId: e.aggregateId,
      orderId: e.orderId,
      carrier: e.carrier,
      trackingNumber: e.trackingNumber,
    }),
  )
  .on(ShipmentDelivered, (e) =>
    integrationEvent(ShipmentDeliveredV1, e.orderId, e.occurredAt, {
      shipmentId: e.aggregateId,
      orderId: e.orderId,
    }),
  );
