import type { StockItem } from './stock-item.js';

/** Where stock items are kept. The abstract class is the injection token. */
export abstract class StockItemRepository {
  abstract findBySku(sku: string): Promise<StockItem | null>;
  /** Records a new or changed item in the unit of work in progress. */
  abstract save(item: StockItem): void;
}
