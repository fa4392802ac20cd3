import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderCancelledV1 } from '../../../ordering/contracts/index.js';
import { PaymentProcessor } from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsDatabase } from '../../infrastructure/payments.database.js';

/** A cancelled order gets its captured payment back, once. Nothing captured, nothing to do. */
@Injectable()
@OnIntegrationEvent(OrderCancelledV1, PaymentsDatabase)
export class RefundOnOrderCancelled implements IntegrationEventHandler<typeof OrderCancelledV1> {
  constructor(
    private readonly db: PaymentsDatabase,
    private readonly payments: PaymentRepository,
    private readonly processor: PaymentProcessor,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<OrderCancelledV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const payment = await this.payments.findByOrder(payload.orderId);
      if (!payment?.refundable) return;
      const { reference } = await this.processor.refund({
        idempotencyKey: `refund:${payload.orderId}`,
        chargeReference: payment.providerReference!,
        amount: payment.amount,
        provider: payment.methodType,
      });
      payment.refunded(reference, this.clock.now());
      this.payments.save(payment);
    });
  }
}
