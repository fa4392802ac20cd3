import { IntegrationEvents } from '../../../platform/messaging/integration-event.js';
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

const lines = (ordered: readonly { sku: string; quantity: number }[]) =>
  ordered.map(({ sku, quantity }) => ({ sku, quantity }));

/** What ordering tells the other contexts, for each of its domain events. */
export const orderingIntegrationEvents = new IntegrationEvents()
  .on(OrderPlaced, OrderPlacedV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
    lines: lines(e.lines),
  }))
  .on(OrderAwaitingPayment, OrderAwaitingPaymentV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
    amount: e.amount.toJSON(),
    paymentMethod: e.paymentMethod,
  }))
  .on(OrderPaid, OrderPaidV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
    lines: lines(e.lines),
    shippingAddress: { ...e.shippingAddress },
    shippingCost: e.shippingCost.toJSON(),
    total: e.total.toJSON(),
  }))
  .on(OrderShipped, OrderShippedV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
  }))
  .on(OrderDelivered, OrderDeliveredV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
    total: e.total.toJSON(),
  }))
  .on(OrderRejected, OrderRejectedV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
    reason: e.reason,
  }))
  .on(OrderCancelled, OrderCancelledV1, (e) => ({
    orderId: e.aggregateId,
    customerId: e.customerId,
    previousStatus: e.previousStatus,
  }));
