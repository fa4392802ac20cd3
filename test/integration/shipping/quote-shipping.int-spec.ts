import { QueryBus } from '@nestjs/cqrs';
import { QuoteShippingQuery } from '../../../src/contexts/shipping/application/quote-shipping/quote-shipping.query.js';
import {
  type ShippingQuoteRequest,
  ShippingQuotes,
} from '../../../src/contexts/shipping/contracts/index.js';
import { InvalidDestination } from '../../../src/contexts/shipping/domain/shipping.errors.js';
import { CurrencyNotAccepted } from '../../../src/platform/domain/shop-currency.js';
import { startTestApp, type TestApp } from '../../support/app.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const workedExample: ShippingQuoteRequest = {
  destinationCountry: 'US',
  weightGrams: 7000,
  merchandiseTotal: usd(6610),
  premium: false,
};

/** Shipping booted alone with the platform: proof that it stands on its own. */
describe('shipping quotes (through the query bus and the public ShippingQuotes)', () => {
  let shop: TestApp;
  let queries: QueryBus;
  let quotes: ShippingQuotes;

  beforeAll(async () => {
    shop = await startTestApp({ contexts: 'shipping' });
    queries = shop.app.get(QueryBus);
    quotes = shop.app.get(ShippingQuotes);
  });
  afterAll(() => shop?.close());

  it('prices the worked example on the query bus: 10.99 for 7 kg domestic', async () => {
    await expect(
      queries.execute(new QuoteShippingQuery('US', 7000, usd(6610), false)),
    ).resolves.toEqual({
      cost: usd(1099),
      zone: 'domestic',
      chargeableKilograms: 7,
      free: false,
      freeBecause: null,
    });
  });

  it('answers the same through the ShippingQuotes token other contexts inject', async () => {
    expect(await quotes.quote(workedExample)).toEqual(
      await queries.execute(new QuoteShippingQuery('US', 7000, usd(6610), false)),
    );
  });

  it('answers plain JSON that survives a round trip unchanged', async () => {
    const quote = await quotes.quote({ ...workedExample, destinationCountry: 'FR' });
    expect(JSON.parse(JSON.stringify(quote))).toEqual(quote);
    expect(quote).toEqual({
      cost: usd(3299),
      zone: 'international',
      chargeableKilograms: 7,
      free: false,
      freeBecause: null,
    });
  });

  it('ships free from the thresholds', async () => {
    const premium = await quotes.quote({
      ...workedExample,
      merchandiseTotal: usd(5000),
      premium: true,
    });
    expect(premium).toMatchObject({
      cost: usd(0),
      free: true,
      freeBecause: 'premium_threshold',
    });
    const everyone = await quotes.quote({ ...workedExample, merchandiseTotal: usd(10000) });
    expect(everyone).toMatchObject({ cost: usd(0), free: true, freeBecause: 'order_threshold' });
  });

  it('rejects bad input with the named rule', async () => {
    await expect(quotes.quote({ ...workedExample, destinationCountry: 'usa' })).rejects.toThrow(
      InvalidDestination,
    );
    await expect(
      quotes.quote({ ...workedExample, merchandiseTotal: { amount: 6610, currency: 'EUR' } }),
    ).rejects.toThrow(CurrencyNotAccepted);
  });
});

describe('shipping quotes in a shop outside the US', () => {
  let shop: TestApp;

  beforeAll(async () => {
    shop = await startTestApp({
      contexts: 'shipping',
      env: { SHOP_COUNTRY: 'DE', CURRENCY: 'EUR' },
    });
  });
  afterAll(() => shop?.close());

  it('takes the shop’s country and currency from configuration', async () => {
    const quotes = shop.app.get(ShippingQuotes);
    const order = { weightGrams: 1500, merchandiseTotal: { amount: 2000, currency: 'EUR' } };
    expect(
      await quotes.quote({ ...order, destinationCountry: 'DE', premium: false }),
    ).toMatchObject({ zone: 'domestic', cost: { amount: 599, currency: 'EUR' } });
    expect(
      await quotes.quote({ ...order, destinationCountry: 'US', premium: false }),
    ).toMatchObject({ zone: 'international', cost: { amount: 1799, currency: 'EUR' } });
  });
});
