import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderPaidV1 } from '../../../ordering/contracts/index.js';
import { RecommendationsUnitOfWork } from '../recommendations.unit-of-work.js';

/**
 * Every paid order counts once for each ordered pair of its distinct skus.
 * Together: its SQL takes effect at once, so the deliveries of a batch share
 * one unit of work and skip a flush each (ADR 0029).
 */
@Injectable()
@OnIntegrationEvent(OrderPaidV1, { together: true })
export class CountCoPurchasesOnOrderPaid implements IntegrationEventHandler<typeof OrderPaidV1> {
  constructor(private readonly db: RecommendationsUnitOfWork) {}

  handle({ payload }: EventEnvelope<OrderPaidV1>): Promise<void> {
    const skus = [...new Set(payload.lines.map((line) => line.sku))];
    const pairs = skus.flatMap((sku) =>
      skus.filter((other) => other !== sku).map((other) => ({ sku, other })),
    );
    return this.db.unitOfWork(async () => {
      if (pairs.length === 0) return;
      await this.db.em.execute(
        `insert into co_purchases (sku, other_sku, orders)
         select p->>'sku', p->>'other', 1 from jsonb_array_elements(?::jsonb) as p
         on conflict (sku, other_sku) do update set orders = co_purchases.orders + 1`,
        [JSON.stringify(pairs)],
      );
    });
  }
}
