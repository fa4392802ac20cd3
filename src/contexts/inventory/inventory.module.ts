import { Module } from '@nestjs/common';
import { StockController } from './api/stock.controller.js';
import { GetStockLevelHandler } from './application/get-stock-level/get-stock-level.handler.js';
import { OpenStockItemOnProductCreated } from './application/open-stock-item/open-stock-item-on-product-created.handler.js';
import { CommitStockOnOrderPaid } from './application/commit-stock/commit-stock-on-order-paid.handler.js';
import { ReceiveStockHandler } from './application/receive-stock/receive-stock.handler.js';
import { ReleaseStock } from './application/release-stock/release-stock.js';
import { ReleaseStockOnOrderCancelled } from './application/release-stock/release-stock-on-order-cancelled.handler.js';
import { ReleaseStockOnOrderRejected } from './application/release-stock/release-stock-on-order-rejected.handler.js';
import { ReserveStockOnOrderPlaced } from './application/reserve-stock/reserve-stock-on-order-placed.handler.js';
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
    { provide: StockItemRepository, useClass: MikroStockItemRepository },
    { provide: ReservationRepository, useClass: MikroReservationRepository },
    { provide: StockLocks, useClass: PessimisticStockLocks },
    GetStockLevelHandler,
    ReceiveStockHandler,
    ReleaseStock,
    OpenStockItemOnProductCreated,
    ReserveStockOnOrderPlaced,
    CommitStockOnOrderPaid,
    ReleaseStockOnOrderCancelled,
    ReleaseStockOnOrderRejected,
  ],
})
export class InventoryModule {}
