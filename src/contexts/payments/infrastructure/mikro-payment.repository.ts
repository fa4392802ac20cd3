import { Injectable } from '@nestjs/common';
import { Payment } from '../domain/payment.js';
import { PaymentRepository } from '../domain/payment.repository.js';
import { LookupByKey } from '../../../platform/persistence/lookup-by-key.js';
import { PaymentsDatabase } from './payments.database.js';

@Injectable()
export class MikroPaymentRepository extends PaymentRepository {
  private readonly byOrder: LookupByKey<Payment>;

  constructor(private readonly db: PaymentsDatabase) {
    super();
    this.byOrder = new LookupByKey(db, Payment, 'orderId');
  }

  findByOrder(orderId: string): Promise<Payment | null> {
    return this.byOrder.one(orderId);
  }

  findByOrders(orderIds: readonly string[]): Promise<Payment[]> {
    return this.byOrder.many(orderIds);
  }

  save(payment: Payment): void {
    this.db.track(payment);
    this.byOrder.saved(payment);
  }
}
