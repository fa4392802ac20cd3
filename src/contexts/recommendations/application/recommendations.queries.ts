import { Injectable } from '@nestjs/common';
import { MessagingRuntime } from '../../../platform/messaging/messaging.runtime.js';
import { RecommendationsUnitOfWork } from './recommendations.unit-of-work.js';

export interface Recommendation {
  readonly sku: string;
  readonly orders: number;
}

export const RECOMMENDATION_LIMIT = 5;
const HANDLER = 'recommendations.CountCoPurchasesOnOrderPaid';

/** Reads and rebuilds the co-purchase read model. */
@Injectable()
export class Recommendations {
  constructor(
    private readonly db: RecommendationsUnitOfWork,
    private readonly messaging: MessagingRuntime,
  ) {}

  /** Up to five skus most often bought with `sku`, most first, ties by sku. Unknown or never bought: none. */
  async boughtWith(sku: string): Promise<Recommendation[]> {
    const rows = await this.db.read((em) =>
      em.execute<{ other_sku: string; orders: number }[]>(
        `select other_sku, orders from co_purchases where sku = ? order by orders desc, other_sku limit ?`,
        [sku.trim().toUpperCase(), RECOMMENDATION_LIMIT],
      ),
    );
    return rows.map((row) => ({ sku: row.other_sku, orders: row.orders }));
  }

  /**
   * Forgets every count and replays every OrderPaid still in ordering's event
   * log, in one transaction with the requeue, so no delivery counts twice.
   */
  rebuild(): Promise<number> {
    return this.db.unitOfWork(async () => {
      await this.db.em.execute('delete from co_purchases');
      return this.messaging.replay(HANDLER, new Date(0), this.db.em);
    });
  }

  /** Every count, for comparing two builds. */
  snapshot(): Promise<{ sku: string; other_sku: string; orders: number }[]> {
    return this.db.read((em) =>
      em.execute('select sku, other_sku, orders from co_purchases order by sku, other_sku'),
    );
  }
}
