import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { ProductCreatedV1 } from '../../../catalog/contracts/product-created.v1.js';
import { StockItem } from '../../domain/stock-item.js';
import { StockItemRepository } from '../../domain/stock-item.repository.js';
import { InventoryUnitOfWork } from '../inventory.unit-of-work.js';

/**
 * Every product the catalog creates gets a stock item, with nothing on hand
 * yet. Opening is idempotent by sku, so a replay of the catalog's events
 * changes nothing that exists.
 */
@Injectable()
@OnIntegrationEvent(ProductCreatedV1)
export class OpenStockItemOnProductCreated implements IntegrationEventHandler<
  typeof ProductCreatedV1
> {
  constructor(
    private readonly db: InventoryUnitOfWork,
    private readonly stock: StockItemRepository,
    private readonly clock: Clock,
  ) {}

  handle(event: EventEnvelope<ProductCreatedV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      if (await this.stock.findBySku(event.payload.sku)) return;
      this.stock.save(StockItem.open(event.payload.sku, this.clock.now()));
    });
  }
}
