import { DomainError } from '../../../platform/domain/index.js';

export class StockItemNotFound extends DomainError {
  readonly code = 'INVENTORY.STOCK_ITEM_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(sku: string) {
    super(`No stock is kept for the sku ${sku}`, { sku });
  }
}

export class InvalidQuantity extends DomainError {
  readonly code = 'INVENTORY.INVALID_QUANTITY';
  readonly kind = 'invalid';

  constructor(quantity: number) {
    super(`quantity must be a whole number of at least 1, got ${quantity}`, {
      errors: [{ field: 'quantity', message: 'quantity must be a whole number of at least 1' }],
    });
  }
}

/** More was asked of a stock item than it has available: the shop never oversells. */
export class InsufficientStock extends DomainError {
  readonly code = 'INVENTORY.INSUFFICIENT_STOCK';
  readonly kind = 'rule_violated';

  constructor(sku: string, requested: number, available: number) {
    super(`Only ${available} of ${sku} available, ${requested} requested`, {
      sku,
      requested,
      available,
    });
  }
}
