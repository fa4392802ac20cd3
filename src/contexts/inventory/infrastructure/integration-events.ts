import type { DomainEvent } from '../../../platform/domain/domain-event.js';
import {
  type IntegrationEvent,
  integrationEvent,
} from '../../../platform/messaging/integration-event.js';
import {
  StockReleasedV1,
  StockReservationRejectedV1,
  StockReservedV1,
} from '../contracts/index.js';
import { StockReleased, StockReservationRejected, StockReserved } from '../domain/reservation.js';

/** What the inventory tells the other contexts, for each of its domain events. */
export function inventoryIntegrationEvents(event: DomainEvent): IntegrationEvent[] {
  if (event instanceof StockReserved) {
    return [
      integrationEvent(StockReservedV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        lines: event.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      }),
    ];
  }
  if (event instanceof StockReservationRejected) {
    return [
      integrationEvent(StockReservationRejectedV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        lackingSkus: [...event.lackingSkus],
      }),
    ];
  }
  if (event instanceof StockReleased) {
    return [
      integrationEvent(StockReleasedV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        lines: event.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      }),
    ];
  }
  return [];
}
