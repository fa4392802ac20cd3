import type { Order } from './order.js';
import { OrderNotFound } from './order.errors.js';
import type { Promotion } from './promotion.js';

/** Where orders are kept. The abstract class is the injection token. */
export abstract class OrderRepository {
  abstract findById(id: string): Promise<Order | null>;
  abstract findByIds(ids: readonly string[]): Promise<Order[]>;
  /** Stores a new order, in the unit of work in progress. */
  abstract add(order: Order): Promise<void>;
  abstract save(order: Order): void;

  async get(id: string): Promise<Order> {
    const order = await this.findById(id);
    if (!order) throw new OrderNotFound(id);
    return order;
  }
}

export abstract class PromotionRepository {
  abstract findByCode(code: string): Promise<Promotion | null>;
  /** @throws PromotionCodeTaken, also under a race. */
  abstract add(promotion: Promotion): Promise<void>;
}
