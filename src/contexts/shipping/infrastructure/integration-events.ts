import type { DomainEvent } from '../../../platform/domain/domain-event.js';
import {
  type IntegrationEvent,
  integrationEvent,
} from '../../../platform/messaging/integration-event.js';
import {
  ShipmentCreatedV1,
  ShipmentDeliveredV1,
  ShipmentDispatchedV1,
} from '../contracts/index.js';
import { ShipmentCreated, ShipmentDelivered, ShipmentDispatched } from '../domain/shipment.js';

/** What shipping tells the other contexts, for each of its domain events. */
export function shippingIntegrationEvents(event: DomainEvent): IntegrationEvent[] {
  if (event instanceof ShipmentCreated) {
    return [
      integrationEvent(ShipmentCreatedV1, event.orderId, event.occurredAt, {
        shipmentId: event.aggregateId,
        orderId: event.orderId,
      }),
    ];
  }
  if (event instanceof ShipmentDispatched) {
    return [
      integrationEvent(ShipmentDispatchedV1, event.orderId, event.occurredAt, {
        shipmentId: event.aggregateId,
        orderId: event.orderId,
        carrier: event.carrier,
        trackingNumber: event.trackingNumber,
      }),
    ];
  }
  if (event instanceof ShipmentDelivered) {
    return [
      integrationEvent(ShipmentDeliveredV1, event.orderId, event.occurredAt, {
        shipmentId: event.aggregateId,
        orderId: event.orderId,
      }),
    ];
  }
  return [];
}
