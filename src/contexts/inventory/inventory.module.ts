import { Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import { StockController } from './api/stock.controller.js';
import { ReleaseStock } from './application/release-stock/release-stock.js';
import { ReservationRepository, StockLocks } from './domain/reservation.repository.js';
import { StockItemRepository } from './domain/stock-item.repository.js';
import {
  MikroReservationRepository,
  PessimisticStockLocks,
} from './infrastructure/mikro-reservation.repository.js';
import { inventoryDatabaseProviders } from './infrastructure/inventory.database.js';
import { MikroStockItemRepository } from './infrastructure/mikro-stock-item.repository.js';

/** The inventory bounded context: what is on hand and what is reserved, per sku. */
@Module({
  controllers: [StockController],
  providers: [
    ...inventoryDatabaseProviders,
    ...(await handlersOf(import.meta.dirname)),
    { provide: StockItemRepository, useClass: MikroStockItemRepository },
    { provide: ReservationRepository, useClass: MikroReservationRepository },
    { provide: StockLocks, useClass: PessimisticStockLocks },
    ReleaseStock,
  ],
})
export class InventoryModule {}
