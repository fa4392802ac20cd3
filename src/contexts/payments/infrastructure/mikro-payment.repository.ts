import { Injectable } from '@nestjs/common';
import { Payment } from '../domain/payment.js';
import { PaymentRepository } from '../domain/payment.repository.js';
import { PaymentsDatabase } from './payments.database.js';

@Injectable()
export class MikroPaymentRepository extends PaymentRepository {
  constructor(private readonly db: PaymentsDatabase) {
    super();
  }

  findByOrder(orderId: string): Promise<Payment | null> {
    return this.db.em.findOne(Payment, { orderId });
  }

  save(payment: Payment): void {
    this.db.track(payment);
  }
}
