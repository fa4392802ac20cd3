import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Order } from '../domain/order.js';
import { OrderRepository, PromotionRepository } from '../domain/order.repository.js';
import { Promotion, PromotionCodeTaken } from '../domain/promotion.js';
import { OrderingDatabase } from './ordering.database.js';

@Injectable()
export class MikroOrderRepository extends OrderRepository {
  constructor(private readonly db: OrderingDatabase) {
    super();
  }

  findById(id: string): Promise<Order | null> {
    return this.db.em.findOne(Order, { id });
  }

  findByIds(ids: readonly string[]): Promise<Order[]> {
    return this.db.em.find(Order, { id: { $in: [...ids] } });
  }

  add(order: Order): Promise<void> {
    return this.db.insert(order);
  }

  save(order: Order): void {
    this.db.track(order);
  }
}

@Injectable()
export class MikroPromotionRepository extends PromotionRepository {
  constructor(private readonly db: OrderingDatabase) {
    super();
  }

  findByCode(code: string): Promise<Promotion | null> {
    return this.db.em.findOne(Promotion, { code: Promotion.normalize(code) });
  }

  async add(promotion: Promotion): Promise<void> {
    this.db.track(promotion);
    try {
      await this.db.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new PromotionCodeTaken(promotion.code);
      throw error;
    }
  }
}
