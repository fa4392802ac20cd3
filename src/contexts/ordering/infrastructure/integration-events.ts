import type { DomainEvent } from '../../../platform/domain/domain-event.js';
import {
  type IntegrationEvent,
  integrationEvent,
} from '../../../platform/messaging/integration-event.js';
import {
  OrderAwaitingPaymentV1,
  OrderCancelledV1,
  OrderDeliveredV1,
  OrderPaidV1,
  OrderPlacedV1,
  OrderRejectedV1,
  OrderShippedV1,
} from '../contracts/index.js';
import {
  OrderAwaitingPayment,
  OrderCancelled,
  OrderDelivered,
  OrderPaid,
  OrderPlaced,
  OrderRejected,
  OrderShipped,
} from '../domain/order.events.js';

/** What ordering tells the other contexts, for each of its domain events. */
export function orderingIntegrationEvents(event: DomainEvent): IntegrationEvent[] {
  if (event instanceof OrderPlaced) {
    return [
      integrationEvent(OrderPlacedV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
        lines: event.lines.map(({ sku, quantity }) => ({ sku, quantity })),
      }),
    ];
  }
  if (event instanceof OrderAwaitingPayment) {
    return [
      integrationEvent(OrderAwaitingPaymentV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
        amount: event.amount.toJSON(),
        paymentMethod: event.paymentMethod,
      }),
    ];
  }
  if (event instanceof OrderPaid) {
    return [
      integrationEvent(OrderPaidV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
        lines: event.lines.map(({ sku, quantity }) => ({ sku, quantity })),
        shippingAddress: { ...event.shippingAddress },
        shippingCost: { ...event.shippingCost },
        total: { ...event.total },
      }),
    ];
  }
  if (event instanceof OrderShipped) {
    return [
      integrationEvent(OrderShippedV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
      }),
    ];
  }
  if (event instanceof OrderDelivered) {
    return [
      integrationEvent(OrderDeliveredV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
        total: { ...event.total },
      }),
    ];
  }
  if (event instanceof OrderRejected) {
    return [
      integrationEvent(OrderRejectedV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
        reason: event.reason,
      }),
    ];
  }
  if (event instanceof OrderCancelled) {
    return [
      integrationEvent(OrderCancelledV1, event.aggregateId, event.occurredAt, {
        orderId: event.aggregateId,
        customerId: event.customerId,
        previousStatus: event.previousStatus,
      }),
    ];
  }
  return [];
}
