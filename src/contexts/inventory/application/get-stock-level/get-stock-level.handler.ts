import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Sku } from '../../../../platform/domain/index.js';
import { StockItemNotFound } from '../../domain/stock-item.errors.js';
import { InventoryUnitOfWork } from '../inventory.unit-of-work.js';
import { GetStockLevelQuery, type StockLevelView } from './get-stock-level.query.js';

@QueryHandler(GetStockLevelQuery)
export class GetStockLevelHandler implements IQueryHandler<GetStockLevelQuery> {
  constructor(private readonly db: InventoryUnitOfWork) {}

  async execute({ sku }: GetStockLevelQuery): Promise<StockLevelView> {
    const normalized = Sku.normalize(sku);
    const [row] = await this.db.read((em) =>
      em.execute<{ sku: string; on_hand: number; reserved: number }[]>(
        'select sku, on_hand, reserved from stock_items where sku = ?',
        [normalized],
      ),
    );
    if (!row) throw new StockItemNotFound(normalized);
    return {
      sku: row.sku,
      onHand: row.on_hand,
      reserved: row.reserved,
      available: row.on_hand - row.reserved,
    };
  }
}
