import type { DomainEvent } from '../../../platform/domain/domain-event.js';
import {
  type IntegrationEvent,
  integrationEvent,
} from '../../../platform/messaging/integration-event.js';
import { PaymentCapturedV1, PaymentFailedV1, PaymentRefundedV1 } from '../contracts/index.js';
import { PaymentCaptured, PaymentFailed, PaymentRefunded } from '../domain/payment.js';

/** What payments tells the other contexts, for each of its domain events. */
export function paymentsIntegrationEvents(event: DomainEvent): IntegrationEvent[] {
  if (event instanceof PaymentCaptured) {
    return [
      integrationEvent(PaymentCapturedV1, event.orderId, event.occurredAt, {
        paymentId: event.aggregateId,
        orderId: event.orderId,
        amount: event.amount.toJSON(),
        providerReference: event.providerReference,
      }),
    ];
  }
  if (event instanceof PaymentFailed) {
    return [
      integrationEvent(PaymentFailedV1, event.orderId, event.occurredAt, {
        paymentId: event.aggregateId,
        orderId: event.orderId,
        reason: event.reason,
      }),
    ];
  }
  if (event instanceof PaymentRefunded) {
    return [
      integrationEvent(PaymentRefundedV1, event.orderId, event.occurredAt, {
        paymentId: event.aggregateId,
        orderId: event.orderId,
        amount: event.amount.toJSON(),
        providerReference: event.providerReference,
      }),
    ];
  }
  return [];
}
