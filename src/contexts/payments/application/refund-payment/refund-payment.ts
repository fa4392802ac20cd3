import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import { PaymentProcessor } from '../../domain/payment-processor.js';
import { PaymentRepository } from '../../domain/payment.repository.js';
import { PaymentsUnitOfWork } from '../payments.unit-of-work.js';

/** Gives a cancelled order's captured payment back, once. Nothing captured, nothing to do. */
@Injectable()
export class RefundPayment {
  constructor(
    private readonly db: PaymentsUnitOfWork,
    private readonly payments: PaymentRepository,
    private readonly processor: PaymentProcessor,
    private readonly clock: Clock,
  ) {}

  refund(orderId: string): Promise<void> {
    return this.db.unitOfWork(async () => {
      const payment = await this.payments.findByOrder(orderId);
      if (!payment?.refundable) return;
      const { reference } = await this.processor.refund({
        idempotencyKey: `refund:${orderId}`,
        chargeReference: payment.providerReference!,
        amount: payment.amount,
        provider: payment.methodType,
      });
      payment.refunded(reference, this.clock.now());
      this.payments.save(payment);
    });
  }
}
