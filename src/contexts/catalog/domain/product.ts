import { AggregateRoot, type Money, newId } from '../../../platform/domain/index.js';
import {
  InvalidProductAttribute,
  PriceFrozenAfterDiscontinuation,
  ProductAlreadyDiscontinued,
} from './product.errors.js';
import { ProductCreated, ProductDiscontinued, ProductPriceChanged } from './product.events.js';
import { Sku } from './sku.js';

export interface ProductDraft {
  readonly sku: string;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly price: Money;
  readonly weightGrams: number;
}

/** Everything a product is made of, by its public names. */
export interface ProductState extends Omit<ProductDraft, 'sku'> {
  readonly id: string;
  readonly sku: Sku;
  readonly createdAt: Date;
  readonly active: boolean;
  readonly updatedAt: Date;
}

const CATEGORY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const PRODUCT_LIMITS = {
  name: 200,
  description: 5000,
  category: 50,
  weightGrams: 1_000_000,
} as const;

/**
 * Something the shop sells. A product is created active; it may change price
 * while active and be discontinued once, after which its price is frozen.
 */
export class Product extends AggregateRoot {
  readonly id: string;
  readonly sku: Sku;
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly weightGrams: number;
  readonly createdAt: Date;
  private _price: Money;
  private _active: boolean;
  private _updatedAt: Date;
  // Optimistic-concurrency token, set and checked by the ORM on every update.
  private readonly version?: number;

  get price(): Money {
    return this._price;
  }
  get active(): boolean {
    return this._active;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }

  // The ORM hydrates stored products without calling the constructor.
  private constructor(state: ProductState) {
    super();
    this.id = state.id;
    this.sku = state.sku;
    this.name = state.name;
    this.description = state.description;
    this.category = state.category;
    this.weightGrams = state.weightGrams;
    this.createdAt = state.createdAt;
    this._price = state.price;
    this._active = state.active;
    this._updatedAt = state.updatedAt;
  }

  static create(draft: ProductDraft, now: Date): Product {
    const product = new Product({
      id: newId(now.getTime()),
      sku: Sku.parse(draft.sku),
      name: requireText('name', draft.name, 1, PRODUCT_LIMITS.name),
      description: requireText('description', draft.description, 0, PRODUCT_LIMITS.description),
      category: requireCategory(draft.category),
      weightGrams: requireWeight(draft.weightGrams),
      createdAt: now,
      price: requirePositive(draft.price),
      active: true,
      updatedAt: now,
    });
    product.raise(
      new ProductCreated(
        product.id,
        product.sku,
        product.name,
        product.category,
        product.price,
        product.weightGrams,
        now,
      ),
    );
    return product;
  }

  changePrice(price: Money, now: Date): void {
    if (!this._active) throw new PriceFrozenAfterDiscontinuation(this.sku);
    requirePositive(price);
    if (price.equals(this._price)) return;
    const previous = this._price;
    this._price = price;
    this._updatedAt = now;
    this.raise(new ProductPriceChanged(this.id, this.sku, previous, price, now));
  }

  discontinue(now: Date): void {
    if (!this._active) throw new ProductAlreadyDiscontinued(this.sku);
    this._active = false;
    this._updatedAt = now;
    this.raise(new ProductDiscontinued(this.id, this.sku, now));
  }
}

function requireText(field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max) {
    throw new InvalidProductAttribute(field, `must be ${min}-${max} characters long`);
  }
  return text;
}

function requireCategory(value: string): string {
  const category = value.trim().toLowerCase();
  if (category.length > PRODUCT_LIMITS.category || !CATEGORY.test(category)) {
    throw new InvalidProductAttribute(
      'category',
      'must be a slug of lower-case letters, digits and dashes (at most 50 characters)',
    );
  }
  return category;
}

function requireWeight(grams: number): number {
  if (!Number.isInteger(grams) || grams < 0 || grams > PRODUCT_LIMITS.weightGrams) {
    throw new InvalidProductAttribute(
      'weightGrams',
      `must be a whole number of grams from 0 to ${PRODUCT_LIMITS.weightGrams}`,
    );
  }
  return grams;
}

function requirePositive(price: Money): Money {
  if (price.amount <= 0) {
    throw new InvalidProductAttribute('price', 'must be greater than zero');
  }
  return price;
}
