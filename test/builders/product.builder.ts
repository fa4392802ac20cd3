import { CreateProductCommand } from '../../src/contexts/catalog/application/create-product/create-product.command.js';
import { Product } from '../../src/contexts/catalog/domain/product.js';
import { Money } from '../../src/platform/domain/money.js';

let sequence = 0;

/** A valid product with sensible defaults; override only what a test is about. */
export class ProductBuilder {
  private values = {
    sku: `SKU-${String(++sequence).padStart(4, '0')}`,
    name: 'Enamel mug',
    description: 'A sturdy enamel camping mug, 350 ml.',
    category: 'kitchen',
    price: { amount: 1999, currency: 'USD' },
    weightGrams: 350,
  };

  withSku(sku: string): this {
    this.values.sku = sku;
    return this;
  }
  named(name: string): this {
    this.values.name = name;
    return this;
  }
  describedAs(description: string): this {
    this.values.description = description;
    return this;
  }
  inCategory(category: string): this {
    this.values.category = category;
    return this;
  }
  pricedAt(amount: number, currency = 'USD'): this {
    this.values.price = { amount, currency };
    return this;
  }
  weighing(grams: number): this {
    this.values.weightGrams = grams;
    return this;
  }

  /** The domain aggregate. */
  build(now = new Date('2026-03-01T09:00:00Z')): Product {
    const { price, ...rest } = this.values;
    return Product.create({ ...rest, price: Money.of(price.amount, price.currency) }, now);
  }

  /** The body of `POST /api/products`. */
  request(): Record<string, unknown> {
    return structuredClone(this.values);
  }

  command(): CreateProductCommand {
    const v = this.values;
    return new CreateProductCommand(
      v.sku,
      v.name,
      v.description,
      v.category,
      v.price,
      v.weightGrams,
    );
  }
}

export const aProduct = () => new ProductBuilder();
