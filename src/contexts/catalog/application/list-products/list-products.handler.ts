import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Cursor, type Page } from '../../../../platform/application/page.js';
import { CatalogUnitOfWork } from '../catalog.unit-of-work.js';
import {
  PRODUCT_COLUMNS,
  type ProductRow,
  type ProductView,
  toProductView,
} from '../product.view.js';
import { ListProductsQuery } from './list-products.query.js';

/** Products in sku order, optionally filtered; keyset-paginated on the unique sku. */
@QueryHandler(ListProductsQuery)
export class ListProductsHandler implements IQueryHandler<ListProductsQuery> {
  constructor(private readonly db: CatalogUnitOfWork) {}

  async execute({ filter, limit, cursor }: ListProductsQuery): Promise<Page<ProductView>> {
    const after = Cursor.decode(cursor, ['string'])?.[0] as string | undefined;
    const where: string[] = [];
    const params: unknown[] = [];
    if (!filter.includeDiscontinued) where.push('active');
    if (filter.search) {
      where.push(`search @@ websearch_to_tsquery('english', ?)`);
      params.push(filter.search);
    }
    if (filter.category) {
      where.push('category = ?');
      params.push(filter.category.toLowerCase());
    }
    if (after !== undefined) {
      where.push('sku > ?');
      params.push(after);
    }
    const sql =
      `select ${PRODUCT_COLUMNS} from products` +
      (where.length ? ` where ${where.join(' and ')}` : '') +
      ` order by sku limit ?`;
    const rows = await this.db.read((em) => em.execute<ProductRow[]>(sql, [...params, limit + 1]));
    const page = Cursor.page(rows, limit, (row) => [row.sku]);
    return { items: page.items.map(toProductView), nextCursor: page.nextCursor };
  }
}
