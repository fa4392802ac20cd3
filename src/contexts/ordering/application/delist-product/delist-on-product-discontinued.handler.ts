import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ProductDiscontinuedV1 } from '../../../catalog/contracts/index.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

/** Keeps ordering's price list (see add-to-price-list): a replay rebuilds the same state. */
@Injectable()
@OnIntegrationEvent(ProductDiscontinuedV1)
export class DelistOnProductDiscontinued implements IntegrationEventHandler<
  typeof ProductDiscontinuedV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload: p, occurredAt }: EventEnvelope<ProductDiscontinuedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      await this.db.em.execute(
        `update price_list set active = false, updated_at = ? where sku = ?`,
        [occurredAt, p.sku],
      );
    });
  }
}
