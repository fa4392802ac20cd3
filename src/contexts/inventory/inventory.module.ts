import { Module } from '@nestjs/common';
import { StockController } from './api/stock.controller.js';
import { GetStockLevelHandler } from './application/get-stock-level/get-stock-level.handler.js';
import { OpenStockItemOnProductCreated } from './application/open-stock-item/open-stock-item-on-product-created.handler.js';
import { StockItemRepository } from './domain/stock-item.repository.js';
import { inventoryDatabaseProvider } from './infrastructure/inventory.database.js';
import { MikroStockItemRepository } from './infrastructure/mikro-stock-item.repository.js';

/** The inventory bounded context: what is on hand and what is reserved, per sku. */
@Module({
  controllers: [StockController],
  providers: [
    inventoryDatabaseProvider,
    { provide: StockItemRepository, useClass: MikroStockItemRepository },
    GetStockLevelHandler,
    OpenStockItemOnProductCreated,
  ],
})
export class InventoryModule {}
