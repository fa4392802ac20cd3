import { randomUUID } from 'node:crypto';
import {
  type ShippingQuote,
  type ShippingQuoteRequest,
  ShippingQuotes,
} from '../../../src/contexts/shipping/contracts/index.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { http } from '../../support/http.js';
import { shopDriver } from '../../support/shop.js';

/** Answers every quote with 7.77 and remembers what it was asked: shipping is not booted. */
class StandInShippingQuotes extends ShippingQuotes {
  readonly asked: ShippingQuoteRequest[] = [];

  quote(request: ShippingQuoteRequest): Promise<ShippingQuote> {
    this.asked.push(request);
    return Promise.resolve({
      cost: { amount: 777, currency: 'USD' },
      zone: 'domestic',
      chargeableKilograms: 1,
      free: false,
      freeBecause: null,
    });
  }
}

const address = {
  recipient: 'Ada Lovelace',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '62701',
  country: 'US',
};

/** Ordering booted alone with the platform: proof that it stands on its own. */
describe('ordering alone (CONTEXTS=ordering, shipping quotes from a stand-in)', () => {
  const quotes = new StandInShippingQuotes();
  let shop: TestApp;
  let customer: ReturnType<typeof http>;
  const customerId = randomUUID();

  beforeAll(async () => {
    shop = await startTestApp({
      contexts: 'ordering',
      publicQueries: [{ provide: ShippingQuotes, useValue: quotes }],
    });
    // What catalog's and customers' events would have taught ordering.
    const { sql } = shopDriver(shop);
    await sql(
      `insert into ordering.price_list (sku, name, price_amount, price_currency, weight_grams, active, updated_at)
       values ('MUG-001', 'Enamel mug', 1999, 'USD', 500, true, now())`,
    );
    await sql(
      `insert into ordering.buyers (customer_id, tier, updated_at) values ($1, 'standard', now())`,
      [customerId],
    );
    customer = http(shop.app, { token: await shop.tokenFor('customer', customerId) });
  });
  afterAll(() => shop?.close());

  it('hosts ordering and nothing else', async () => {
    expect(shop.config.CONTEXTS).toEqual(['ordering']);
    expect((await customer.get('/api/products')).status).toBe(404);
  });

  it('places an order priced with the stand-in quote, asking it what ordering knows', async () => {
    const placed = await customer.post('/api/orders', {
      lines: [{ sku: 'mug-001', quantity: 2 }],
      shippingAddress: address,
      paymentMethod: { type: 'card', token: 'tok_visa' },
    });

    expect(placed.status).toBe(201);
    expect(placed.body.totals).toEqual({
      subtotal: { amount: 3998, currency: 'USD' },
      discount: { amount: 0, currency: 'USD' },
      shipping: { amount: 777, currency: 'USD' },
      total: { amount: 4775, currency: 'USD' },
    });
    expect(quotes.asked).toEqual([
      {
        destinationCountry: 'US',
        weightGrams: 1000,
        merchandiseTotal: { amount: 3998, currency: 'USD' },
        premium: false,
      },
    ]);
    const read = await customer.get(`/api/orders/${placed.body.id}`);
    expect(read.body).toMatchObject({ status: 'PENDING', totals: placed.body.totals });
  });

  it('does not boot without some ShippingQuotes, and says which is missing', async () => {
    await expect(startTestApp({ contexts: 'ordering' })).rejects.toThrow(
      /SHIPPING_URL must be set \(or shipping hosted here in CONTEXTS\): ordering asks shipping's ShippingQuotes/,
    );
  });
});
