import { Injectable } from '@nestjs/common';
import { StockItem } from '../domain/stock-item.js';
import { StockItemRepository } from '../domain/stock-item.repository.js';
import { InventoryDatabase } from './inventory.database.js';

@Injectable()
export class MikroStockItemRepository extends StockItemRepository {
  constructor(private readonly db: InventoryDatabase) {
    super();
  }

  findBySku(sku: string): Promise<StockItem | null> {
    return this.db.em.findOne(StockItem, { sku });
  }

  save(item: StockItem): void {
    this.db.track(item);
  }
}
