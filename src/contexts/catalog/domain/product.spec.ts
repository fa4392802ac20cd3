import { Money } from '../../../platform/domain/money.js';
import { aProduct } from '../../../../test/builders/product.builder.js';
import {
  InvalidProductAttribute,
  PriceFrozenAfterDiscontinuation,
  ProductAlreadyDiscontinued,
} from './product.errors.js';
import { ProductCreated, ProductDiscontinued, ProductPriceChanged } from './product.events.js';

const later = new Date('2026-03-02T10:00:00Z');
const usd = (amount: number) => Money.of(amount, 'USD');

describe('Product', () => {
  it('is created active, normalised, and raises ProductCreated', () => {
    const product = aProduct()
      .withSku(' mug-red-1 ')
      .inCategory('Kitchen')
      .named('  Mug  ')
      .build();
    expect(product.sku).toBe('MUG-RED-1');
    expect(product.category).toBe('kitchen');
    expect(product.name).toBe('Mug');
    expect(product.active).toBe(true);
    const events = product.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(ProductCreated);
    expect(events[0]).toMatchObject({ aggregateId: product.id, sku: 'MUG-RED-1' });
    expect(product.pullEvents()).toEqual([]);
  });

  it.each([
    ['sku', () => aProduct().withSku('a').build()],
    ['sku', () => aProduct().withSku('MUG--1').build()],
    ['sku', () => aProduct().withSku('MUG_1').build()],
    ['name', () => aProduct().named('   ').build()],
    ['name', () => aProduct().named('x'.repeat(201)).build()],
    ['category', () => aProduct().inCategory('home & garden').build()],
    ['weightGrams', () => aProduct().weighing(-1).build()],
    ['weightGrams', () => aProduct().weighing(1.5).build()],
    ['price', () => aProduct().pricedAt(0).build()],
    ['price', () => aProduct().pricedAt(-100).build()],
  ])('refuses an invalid %s, naming it', (field, create) => {
    expect(create).toThrow(InvalidProductAttribute);
    try {
      create();
    } catch (error) {
      expect((error as InvalidProductAttribute).details).toEqual({
        errors: [expect.objectContaining({ field })],
      });
    }
  });

  it('changes price and raises ProductPriceChanged with both prices', () => {
    const product = aProduct().pricedAt(1999).build();
    product.pullEvents();
    product.changePrice(usd(2499), later);
    expect(product.price.amount).toBe(2499);
    expect(product.updatedAt).toEqual(later);
    const [event] = product.pullEvents();
    expect(event).toBeInstanceOf(ProductPriceChanged);
    expect(event).toMatchObject({ previousPrice: usd(1999), price: usd(2499), occurredAt: later });
  });

  it('raises nothing when the price does not change', () => {
    const product = aProduct().pricedAt(1999).build();
    product.pullEvents();
    product.changePrice(usd(1999), later);
    expect(product.pullEvents()).toEqual([]);
  });

  it('refuses a price that is not positive', () => {
    const product = aProduct().build();
    expect(() => product.changePrice(usd(0), later)).toThrow(InvalidProductAttribute);
  });

  it('is discontinued once, after which its price is frozen', () => {
    const product = aProduct().build();
    product.pullEvents();
    product.discontinue(later);
    expect(product.active).toBe(false);
    expect(product.pullEvents()[0]).toBeInstanceOf(ProductDiscontinued);
    expect(() => product.discontinue(later)).toThrow(ProductAlreadyDiscontinued);
    expect(() => product.changePrice(usd(999), later)).toThrow(PriceFrozenAfterDiscontinuation);
    expect(product.pullEvents()).toEqual([]);
  });
});
