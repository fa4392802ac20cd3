import { Migration } from '@mikro-orm/migrations';

/**
 * SettleOrderPayment handled both an order's charge and its refund, to keep
 * their order; the platform now keeps it across handlers, and two handlers
 * took its place. Its deliveries (pending ones to run, done ones to
 * deduplicate redeliveries) move to the handler of their event.
 */
export class HandlersPerEvent extends Migration {
  up(): void {
    this.addSql(`
      update inbox set handler = case name
          when 'ordering.OrderAwaitingPayment.v1' then 'payments.ChargeOnOrderAwaitingPayment'
          else 'payments.RefundOnOrderCancelled' end
      where handler = 'payments.SettleOrderPayment'`);
  }
}
