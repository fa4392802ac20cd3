import { Module } from '@nestjs/common';
import { ProductsController } from './api/products.controller.js';
import { ChangePriceHandler } from './application/change-price/change-price.handler.js';
import { CreateProductHandler } from './application/create-product/create-product.handler.js';
import { DiscontinueProductHandler } from './application/discontinue-product/discontinue-product.handler.js';
import { GetProductHandler } from './application/get-product/get-product.handler.js';
import { ListProductsHandler } from './application/list-products/list-products.handler.js';
import { ProductRepository } from './domain/product.repository.js';
import { catalogDatabaseProviders } from './infrastructure/catalog.database.js';
import { MikroProductRepository } from './infrastructure/mikro-product.repository.js';

/** The catalog bounded context: what the shop sells, at which price. */
@Module({
  controllers: [ProductsController],
  providers: [
    ...catalogDatabaseProviders,
    { provide: ProductRepository, useClass: MikroProductRepository },
    CreateProductHandler,
    ChangePriceHandler,
    DiscontinueProductHandler,
    GetProductHandler,
    ListProductsHandler,
  ],
})
export class CatalogModule {}
