import { DomainError } from '../../../platform/domain/index.js';

export class StockItemNotFound extends DomainError {
  readonly code = 'INVENTORY.STOCK_ITEM_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(sku: string) {
    super(`No stock is kept for the sku ${sku}`, { sku });
  }
}
