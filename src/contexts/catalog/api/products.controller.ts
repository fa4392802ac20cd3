import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, Public } from '../../../platform/auth/access.js';
import { locationHeader, ProblemResponses } from '../../../platform/http/openapi.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ChangePriceCommand } from '../application/change-price/change-price.command.js';
import { CreateProductCommand } from '../application/create-product/create-product.command.js';
import { DiscontinueProductCommand } from '../application/discontinue-product/discontinue-product.command.js';
import { GetProductQuery } from '../application/get-product/get-product.query.js';
import { ListProductsQuery } from '../application/list-products/list-products.query.js';
import type { ProductView } from '../application/product.view.js';
import { ChangePriceRequest } from './dto/change-price.request.js';
import { CreateProductRequest } from './dto/create-product.request.js';
import { ListProductsRequest } from './dto/list-products.request.js';
import { ProductPageResponse, ProductResponse } from './dto/product.response.js';
import { CatalogDatabase } from '../infrastructure/catalog.database.js';

@ApiTags('catalog')
@Controller('api/products')
export class ProductsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Search the catalog' })
  @ApiOkResponse({ type: ProductPageResponse, description: 'A page of active products.' })
  @ProblemResponses('REQUEST.INVALID_CURSOR')
  list(@Query() request: ListProductsRequest) {
    const { search, category, limit, cursor } = request;
    return this.queries.execute(new ListProductsQuery({ search, category }, limit, cursor));
  }

  @Public()
  @Get(':sku')
  @ApiOperation({ summary: 'Read a product' })
  @ApiOkResponse({ type: ProductResponse, description: 'The product.' })
  @ProblemResponses('CATALOG.PRODUCT_NOT_FOUND', 'CATALOG.INVALID_PRODUCT_ATTRIBUTE')
  get(@Param('sku') sku: string): Promise<ProductView> {
    return this.queries.execute(new GetProductQuery(sku));
  }

  @AdminOnly()
  @Post()
  @Idempotent(CatalogDatabase)
  @ApiOperation({ summary: 'Add a product to the catalog' })
  @ApiCreatedResponse({
    type: ProductResponse,
    description: 'Created; `Location` names it.',
    headers: locationHeader('/api/products/MUG-001'),
  })
  @ProblemResponses(
    'CATALOG.SKU_ALREADY_TAKEN',
    'CATALOG.INVALID_PRODUCT_ATTRIBUTE',
    'MONEY.INVALID',
    'MONEY.CURRENCY_NOT_ACCEPTED',
  )
  async create(
    @Body() body: CreateProductRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProductView> {
    const { sku } = await this.commands.execute(
      new CreateProductCommand(
        body.sku,
        body.name,
        body.description,
        body.category,
        body.price,
        body.weightGrams,
      ),
    );
    void reply.header('location', `/api/products/${encodeURIComponent(sku)}`);
    return this.queries.execute(new GetProductQuery(sku));
  }

  @AdminOnly()
  @Put(':sku/price')
  @ApiOperation({ summary: 'Change the price of a product' })
  @ApiOkResponse({ type: ProductResponse, description: 'The product with its new price.' })
  @ProblemResponses(
    'CATALOG.PRODUCT_NOT_FOUND',
    'CATALOG.PRICE_FROZEN_AFTER_DISCONTINUATION',
    'CATALOG.INVALID_PRODUCT_ATTRIBUTE',
    'MONEY.INVALID',
    'MONEY.CURRENCY_NOT_ACCEPTED',
  )
  async changePrice(
    @Param('sku') sku: string,
    @Body() body: ChangePriceRequest,
  ): Promise<ProductView> {
    await this.commands.execute(new ChangePriceCommand(sku, body.price));
    return this.queries.execute(new GetProductQuery(sku));
  }

  @AdminOnly()
  @Post(':sku/discontinue')
  @HttpCode(200)
  @ApiOperation({ summary: 'Discontinue a product' })
  @ApiOkResponse({ type: ProductResponse, description: 'The product, no longer active.' })
  @ProblemResponses(
    'CATALOG.PRODUCT_NOT_FOUND',
    'CATALOG.PRODUCT_ALREADY_DISCONTINUED',
    'CATALOG.INVALID_PRODUCT_ATTRIBUTE',
  )
  async discontinue(@Param('sku') sku: string): Promise<ProductView> {
    await this.commands.execute(new DiscontinueProductCommand(sku));
    return this.queries.execute(new GetProductQuery(sku));
  }
}
