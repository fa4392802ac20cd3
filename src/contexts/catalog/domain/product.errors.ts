import { DomainError } from '../../../platform/domain/index.js';

export class ProductNotFound extends DomainError {
  readonly code = 'CATALOG.PRODUCT_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(sku: string) {
    super(`No product has the sku ${sku}`, { sku });
  }
}

export class SkuAlreadyTaken extends DomainError {
  readonly code = 'CATALOG.SKU_ALREADY_TAKEN';
  readonly kind = 'conflict';

  constructor(sku: string) {
    super(`A product with the sku ${sku} already exists`, { sku });
  }
}

export class ProductAlreadyDiscontinued extends DomainError {
  readonly code = 'CATALOG.PRODUCT_ALREADY_DISCONTINUED';
  readonly kind = 'conflict';

  constructor(sku: string) {
    super(`The product ${sku} is already discontinued`, { sku });
  }
}

export class PriceFrozenAfterDiscontinuation extends DomainError {
  readonly code = 'CATALOG.PRICE_FROZEN_AFTER_DISCONTINUATION';
  readonly kind = 'conflict';

  constructor(sku: string) {
    super(`The product ${sku} is discontinued: its price can no longer change`, { sku });
  }
}

/** A product attribute breaks its rule; names the field like a validation error. */
export class InvalidProductAttribute extends DomainError {
  readonly code = 'CATALOG.INVALID_PRODUCT_ATTRIBUTE';
  readonly kind = 'invalid';

  constructor(field: string, message: string) {
    super(`${field} ${message}`, { errors: [{ field, message: `${field} ${message}` }] });
  }
}
