import type { Payment } from './payment.js';

/** Where payments are kept. The abstract class is the injection token. */
export abstract class PaymentRepository {
  abstract findByOrder(orderId: string): Promise<Payment | null>;
  abstract findByOrders(orderIds: readonly string[]): Promise<Payment[]>;
  abstract save(payment: Payment): void;
}
