import type { Product } from './product.js';
import { ProductNotFound } from './product.errors.js';
import type { Sku } from './sku.js';

/** Where products are kept. Implemented in infrastructure; the abstract class is the injection token. */
export abstract class ProductRepository {
  abstract findBySku(sku: Sku): Promise<Product | null>;

  /** Adds a new product. @throws SkuAlreadyTaken when the sku is in use, also under a race. */
  abstract add(product: Product): Promise<void>;

  /** Records changes made to a loaded product. */
  abstract save(product: Product): void;

  async getBySku(sku: Sku): Promise<Product> {
    const product = await this.findBySku(sku);
    if (!product) throw new ProductNotFound(sku);
    return product;
  }
}
