import type { Payment } from './payment.js';

/** Where payments are kept. The abstract class is the injection token. */
export abstract class PaymentRepository {
  abstract findByOrder(orderId: string): Promise<Payment | null>;
  abstract save(payment: Payment): void;
  /** Notes that an order was cancelled before any charge of it was known. */
  abstract rememberCancelledUnpaid(orderId: string, at: Date): Promise<void>;
  /** Which of these orders were cancelled before any charge of them was known. */
  abstract cancelledUnpaid(orderIds: readonly string[]): Promise<Set<string>>;
}
