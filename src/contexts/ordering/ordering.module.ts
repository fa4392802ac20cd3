import { Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import { OrdersController } from './api/orders.controller.js';
import { PromotionsController } from './api/promotions.controller.js';
import { OrderChanges } from './application/order-changes.js';
import { OrderInputs } from './application/place-order/order-inputs.js';
import { OrderRepository, PromotionRepository } from './domain/order.repository.js';
import {
  MikroOrderRepository,
  MikroPromotionRepository,
} from './infrastructure/mikro-order.repository.js';
import { orderingDatabaseProviders } from './infrastructure/ordering.database.js';

/** The ordering bounded context: orders and their life, promotions, and its copies of prices and buyers. */
@Module({
  controllers: [OrdersController, PromotionsController],
  providers: [
    ...orderingDatabaseProviders,
    ...(await handlersOf(import.meta.dirname)),
    { provide: OrderRepository, useClass: MikroOrderRepository },
    { provide: PromotionRepository, useClass: MikroPromotionRepository },
    OrderInputs,
    OrderChanges,
  ],
})
export class OrderingModule {}
