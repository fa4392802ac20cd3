import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ProductNotFound } from '../../domain/product.errors.js';
import { Sku } from '../../domain/sku.js';
import { CatalogUnitOfWork } from '../catalog.unit-of-work.js';
import {
  PRODUCT_COLUMNS,
  type ProductRow,
  type ProductView,
  toProductView,
} from '../product.view.js';
import { GetProductQuery } from './get-product.query.js';

@QueryHandler(GetProductQuery)
export class GetProductHandler implements IQueryHandler<GetProductQuery> {
  constructor(private readonly db: CatalogUnitOfWork) {}

  async execute(query: GetProductQuery): Promise<ProductView> {
    const sku = Sku.parse(query.sku);
    const [row] = await this.db.read((em) =>
      em.execute<ProductRow[]>(`select ${PRODUCT_COLUMNS} from products where sku = ?`, [sku]),
    );
    if (!row) throw new ProductNotFound(sku);
    return toProductView(row);
  }
}
