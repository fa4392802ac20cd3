import { Injectable } from '@nestjs/common';
import { Payment } from '../domain/payment.js';
import { PaymentRepository } from '../domain/payment.repository.js';
import { runStatement } from '../../../platform/persistence/statements.js';
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

  async rememberCancelledUnpaid(orderId: string, at: Date): Promise<void> {
    await runStatement(
      this.db.em,
      'insert into cancelled_unpaid_orders (order_id, cancelled_at) values ($1, $2) on conflict do nothing',
      [orderId, at],
    );
  }

  async cancelledUnpaid(orderIds: readonly string[]): Promise<Set<string>> {
    const rows = await runStatement<{ order_id: string }>(
      this.db.em,
      'select order_id from cancelled_unpaid_orders where order_id = any($1::uuid[])',
      [orderIds],
    );
    return new Set(rows.map((row) => row.order_id));
  }
}
