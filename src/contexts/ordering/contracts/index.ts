/**
 * The ordering context's public face: the integration events of an order's
 * life. Later stages (paid, shipped, delivered) come with fulfilment.
 */
export { OrderAwaitingPaymentV1 } from './order-awaiting-payment.v1.js';
export { OrderCancelledV1 } from './order-cancelled.v1.js';
export { OrderPaidV1 } from './order-paid.v1.js';
export { OrderPlacedV1 } from './order-placed.v1.js';
export { OrderRejectedV1 } from './order-rejected.v1.js';
export { OrderDeliveredV1, OrderShippedV1 } from './order-fulfilment.v1.js';
