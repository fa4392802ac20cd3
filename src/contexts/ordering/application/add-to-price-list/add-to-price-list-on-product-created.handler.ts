import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ProductCreatedV1 } from '../../../catalog/contracts/index.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

/*
 * Ordering's price list: its own copy of what it needs from the catalog, so
 * that placing an order asks nothing of the catalog. Upserts, so a replay
 * rebuilds it to the same state.
 */

@Injectable()
@OnIntegrationEvent(ProductCreatedV1)
export class AddToPriceListOnProductCreated implements IntegrationEventHandler<
  typeof ProductCreatedV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload: p, occurredAt }: EventEnvelope<ProductCreatedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      await this.db.em.execute(
        `insert into price_list (sku, name, price_amount, price_currency, weight_grams, active, updated_at)
         values (?, ?, ?, ?, ?, true, ?)
         on conflict (sku) do update set name = excluded.name, price_amount = excluded.price_amount,
           price_currency = excluded.price_currency, weight_grams = excluded.weight_grams,
           active = true, updated_at = excluded.updated_at`,
        [p.sku, p.name, p.price.amount, p.price.currency, p.weightGrams, occurredAt],
      );
    });
  }
}
