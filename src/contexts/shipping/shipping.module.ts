import { Global, Module } from '@nestjs/common';
import { ShipmentsController } from './api/shipments.controller.js';
import { ShippingQuotesController } from './api/shipping-quotes.controller.js';
import {
  CancelShipmentOnOrderCancelled,
  CreateShipmentOnOrderPaid,
} from './application/create-shipment/shipment-on-order-events.handlers.js';
import { DeliverShipmentHandler } from './application/deliver-shipment/deliver-shipment.handler.js';
import { DispatchShipmentHandler } from './application/dispatch-shipment/dispatch-shipment.handler.js';
import { InProcessShippingQuotes } from './application/in-process-shipping-quotes.js';
import { ListShipmentsHandler } from './application/list-shipments/list-shipments.handler.js';
import { QuoteShippingHandler } from './application/quote-shipping/quote-shipping.handler.js';
import { servePublicQuery } from '../../platform/topology/public-query.js';
import { ShippingQuotes, ShippingQuotesQuery } from './contracts/index.js';
import { ShipmentRepository } from './domain/shipment.js';
import { MikroShipmentRepository } from './infrastructure/mikro-shipment.repository.js';
import { shippingDatabaseProvider } from './infrastructure/shipping.database.js';

/**
 * The shipping bounded context: what shipping costs, and the shipments of paid
 * orders. Global so that other contexts can inject its public query,
 * `ShippingQuotes`, without importing this module.
 */
@Global()
@Module({
  controllers: [ShippingQuotesController, ShipmentsController],
  providers: [
    shippingDatabaseProvider,
    { provide: ShipmentRepository, useClass: MikroShipmentRepository },
    QuoteShippingHandler,
    servePublicQuery(ShippingQuotesQuery, InProcessShippingQuotes),
    CreateShipmentOnOrderPaid,
    CancelShipmentOnOrderCancelled,
    DispatchShipmentHandler,
    DeliverShipmentHandler,
    ListShipmentsHandler,
  ],
  exports: [ShippingQuotes],
})
export class ShippingModule {}
