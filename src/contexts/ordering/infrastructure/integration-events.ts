import {
  integrationEvent,
  IntegrationEvents,
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

const lines = (ordered: readonly { sku: string; quantity: number }[]) =>
  ordered.map(({ sku, quantity }) => ({ sku, quantity }));

/** What ordering tells the other contexts, for each of its domain events. */
export const orderingIntegrationEvents = new IntegrationEvents()
  .on(OrderPlaced, (e) =>
    integrationEvent(OrderPlacedV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
      lines: lines(e.lines),
    }),
  )
  .on(OrderAwaitingPayment, (e) =>
    integrationEvent(OrderAwaitingPaymentV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
      amount: e.amount.toJSON(),
      paymentMethod: e.paymentMethod,
    }),
  )
  .on(OrderPaid, (e) =>
    integrationEvent(OrderPaidV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
      lines: lines(e.lines),
      shippingAddress: { ...e.shippingAddress },
      shippingCost: e.shippingCost.toJSON(),
      total: e.total.toJSON(),
    }),
  )
  .on(OrderShipped, (e) =>
    integrationEvent(OrderShippedV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
    }),
  )
  .on(OrderDelivered, (e) =>
    integrationEvent(OrderDeliveredV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
      total: e.total.toJSON(),
    }),
  )
  .on(OrderRejected, (e) =>
    integrationEvent(OrderRejectedV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
      reason: e.reason,
    }),
  )
  .on(OrderCancelled, (e) =>
    integrationEvent(OrderCancelledV1, e.aggregateId, e.occurredAt, {
      orderId: e.aggregateId,
      customerId: e.customerId,
      previousStatus: e.previousStatus,
    }),
  );
