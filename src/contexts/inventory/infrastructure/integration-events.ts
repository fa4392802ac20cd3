import { IntegrationEvents } from '../../../platform/messaging/integration-event.js';
import {
  StockReleasedV1,
  StockReservationRejectedV1,
  StockReservedV1,
} from '../contracts/index.js';
import {
  type ReservedLine,
  StockReleased,
  StockReservationRejected,
  StockReserved,
} from '../domain/reservation.js';

const lines = (reserved: readonly ReservedLine[]) =>
  reserved.map(({ sku, quantity }) => ({ sku, quantity }));

/** What the inventory tells the other contexts, for each of its domain events. */
export const inventoryIntegrationEvents = new IntegrationEvents()
  .on(StockReserved, StockReservedV1, (e) => ({
    orderId: e.aggregateId,
    lines: lines(e.lines),
  }))
  .on(StockReservationRejected, StockReservationRejectedV1, (e) => ({
    orderId: e.aggregateId,
    lackingSkus: [...e.lackingSkus],
  }))
  .on(StockReleased, StockReleasedV1, (e) => ({
    orderId: e.aggregateId,
    lines: lines(e.lines),
  }));
