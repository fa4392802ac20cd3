import { Module } from '@nestjs/common';
import { handlersOf } from '../../platform/application/handler-files.js';
import { ProductsController } from './api/products.controller.js';
import { ProductRepository } from './domain/product.repository.js';
import { catalogDatabaseProviders } from './infrastructure/catalog.database.js';
import { MikroProductRepository } from './infrastructure/mikro-product.repository.js';

/** The catalog bounded context: what the shop sells, at which price. */
@Module({
  controllers: [ProductsController],
  providers: [
    ...catalogDatabaseProviders,
    ...(await handlersOf(import.meta.dirname)),
    { provide: ProductRepository, useClass: MikroProductRepository },
  ],
})
export class CatalogModule {}
