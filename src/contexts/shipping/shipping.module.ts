import { Global, Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import { ShipmentsController } from './api/shipments.controller.js';
import { ShippingQuotesController } from './api/shipping-quotes.controller.js';
import { InProcessShippingQuotes } from './application/in-process-shipping-quotes.js';
import { ShippingQuotes } from './contracts/index.js';
import { ShipmentRepository } from './domain/shipment.js';
import { MikroShipmentRepository } from './infrastructure/mikro-shipment.repository.js';
import { shippingDatabaseProviders } from './infrastructure/shipping.database.js';

/**
 * The shipping bounded context: what shipping costs, and the shipments of paid
 * orders. Global so that other contexts can inject its public query,
 * `ShippingQuotes`, without importing this module.
 */
@Global()
@Module({
  controllers: [ShippingQuotesController, ShipmentsController],
  providers: [
    ...shippingDatabaseProviders,
    ...(await handlersOf(import.meta.dirname)),
    { provide: ShipmentRepository, useClass: MikroShipmentRepository },
    { provide: ShippingQuotes, useClass: InProcessShippingQuotes },
  ],
  exports: [ShippingQuotes],
})
export class ShippingModule {}
