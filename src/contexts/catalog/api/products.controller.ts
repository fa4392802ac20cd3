import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, Public } from '../../../platform/auth/access.js';
import { Idempotent } from '../../../platform/http/idempotency/idempotent.decorator.js';
import { ProblemResponses } from '../../../platform/http/openapi.js';
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
  @ApiOkResponse({ type: ProductPageResponse })
  @ProblemResponses(400)
  list(@Query() request: ListProductsRequest) {
    const { search, category, limit, cursor } = request;
    return this.queries.execute(new ListProductsQuery({ search, category }, limit, cursor));
  }

  @Public()
  @Get(':sku')
  @ApiOkResponse({ type: ProductResponse })
  @ProblemResponses(400, 404)
  get(@Param('sku') sku: string): Promise<ProductView> {
    return this.queries.execute(new GetProductQuery(sku));
  }

  @AdminOnly()
  @Post()
  @Idempotent(CatalogDatabase)
  @ApiCreatedResponse({ type: ProductResponse, description: 'Created; `Location` names it.' })
  @ProblemResponses(400, 409, 422)
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
  @ApiOkResponse({ type: ProductResponse })
  @ProblemResponses(400, 404, 409, 422)
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
  @ApiOkResponse({ type: ProductResponse })
  @ProblemResponses(400, 404, 409)
  async discontinue(@Param('sku') sku: string): Promise<ProductView> {
    await this.commands.execute(new DiscontinueProductCommand(sku));
    return this.queries.execute(new GetProductQuery(sku));
  }
}
