import { Module } from '@nestjs/common';
import { OrdersController } from './api/orders.controller.js';
import { PromotionsController } from './api/promotions.controller.js';
import {
  AddBuyerOnCustomerRegistered,
  KeepAddressOnAddressAdded,
  UpdateBuyerOnTierChanged,
} from './application/buyers/keep-buyers.handlers.js';
import { CancelOrderHandler } from './application/cancel-order/cancel-order.handler.js';
import { CreatePromotionHandler } from './application/create-promotion/create-promotion.handler.js';
import { GetOrderHandler } from './application/get-order/get-order.handler.js';
import { ListOrdersHandler } from './application/list-orders/list-orders.handler.js';
import { OrderInputs } from './application/place-order/order-inputs.js';
import { PlaceOrderHandler } from './application/place-order/place-order.handler.js';
import {
  AddToPriceListOnProductCreated,
  DelistOnProductDiscontinued,
  UpdatePriceListOnPriceChanged,
} from './application/price-list/keep-price-list.handlers.js';
import {
  MarkPaidOnPaymentCaptured,
  RejectOnPaymentFailed,
} from './application/react-to-payments/react-to-payments.handlers.js';
import {
  MarkDeliveredOnShipmentDelivered,
  MarkShippedOnShipmentDispatched,
} from './application/react-to-shipping/react-to-shipping.handlers.js';
import {
  AwaitPaymentOnStockReserved,
  RejectOnStockReservationRejected,
} from './application/react-to-stock/react-to-stock.handlers.js';
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
    { provide: OrderRepository, useClass: MikroOrderRepository },
    { provide: PromotionRepository, useClass: MikroPromotionRepository },
    OrderInputs,
    PlaceOrderHandler,
    CancelOrderHandler,
    CreatePromotionHandler,
    GetOrderHandler,
    ListOrdersHandler,
    AddToPriceListOnProductCreated,
    UpdatePriceListOnPriceChanged,
    DelistOnProductDiscontinued,
    AddBuyerOnCustomerRegistered,
    UpdateBuyerOnTierChanged,
    KeepAddressOnAddressAdded,
    AwaitPaymentOnStockReserved,
    RejectOnStockReservationRejected,
    MarkPaidOnPaymentCaptured,
    RejectOnPaymentFailed,
    MarkShippedOnShipmentDispatched,
    MarkDeliveredOnShipmentDelivered,
  ],
})
export class OrderingModule {}
