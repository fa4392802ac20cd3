import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ProductPriceChangedV1 } from '../../../catalog/contracts/index.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

/** Keeps ordering's price list (see add-to-price-list): a replay rebuilds the same state. */
@Injectable()
@OnIntegrationEvent(ProductPriceChangedV1)
export class UpdatePriceListOnPriceChanged implements IntegrationEventHandler<
  typeof ProductPriceChangedV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload: p, occurredAt }: EventEnvelope<ProductPriceChangedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      await this.db.em.execute(
        `update price_list set price_amount = ?, price_currency = ?, updated_at = ? where sku = ?`,
        [p.price.amount, p.price.currency, occurredAt, p.sku],
      );
    });
  }
}
