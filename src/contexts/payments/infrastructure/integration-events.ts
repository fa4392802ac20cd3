import { IntegrationEvents } from '../../../platform/messaging/integration-event.js';
import { PaymentCapturedV1, PaymentFailedV1, PaymentRefundedV1 } from '../contracts/index.js';
import { PaymentCaptured, PaymentFailed, PaymentRefunded } from '../domain/payment.js';

/**
 * What payments tells the other contexts. Keyed by the order, so that an
 * order's payment events keep their order for consumers.
 */
export const paymentsIntegrationEvents = new IntegrationEvents()
  .on(
    PaymentCaptured,
    PaymentCapturedV1,
    (e) => ({
      paymentId: e.aggregateId,
      orderId: e.orderId,
      amount: e.amount.toJSON(),
      providerReference: e.providerReference,
    }),
    (e) => e.orderId,
  )
  .on(
    PaymentFailed,
    PaymentFailedV1,
    (e) => ({
      paymentId: e.aggregateId,
      orderId: e.orderId,
      reason: e.reason,
    }),
    (e) => e.orderId,
  )
  .on(
    PaymentRefunded,
    PaymentRefundedV1,
    (e) => ({
      paymentId: e.aggregateId,
      orderId: e.orderId,
      amount: e.amount.toJSON(),
      providerReference: e.providerReference,
    }),
    (e) => e.orderId,
  );
