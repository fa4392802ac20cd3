import { startTestApp, type TestApp } from '../support/app.js';
import { expectProblem, http } from '../support/http.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const workedExample = {
  destinationCountry: 'US',
  weightGrams: 7000,
  merchandiseTotal: usd(6610),
  premium: false,
};

describe('shipping over HTTP', () => {
  let shop: TestApp;
  let api: ReturnType<typeof http>;

  beforeAll(async () => {
    shop = await startTestApp();
    api = http(shop.app);
  });
  afterAll(() => shop?.close());

  const quote = (body: unknown) => api.post('/api/shipping/quotes', body);

  describe('POST /api/shipping/quotes', () => {
    it('prices the brief’s worked example: 200 and 10.99 for 7 kg domestic', async () => {
      const response = await quote(workedExample);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({
        cost: usd(1099),
        zone: 'domestic',
        chargeableKilograms: 7,
        free: false,
        freeBecause: null,
      });
    });

    it('prices international parcels at 14.99 plus 3.00 per started kilogram', async () => {
      const response = await quote({
        ...workedExample,
        destinationCountry: 'DE',
        weightGrams: 2001,
      });
      expect(response.body).toEqual({
        cost: usd(2099),
        zone: 'international',
        chargeableKilograms: 3,
        free: false,
        freeBecause: null,
      });
    });

    it.each([
      ['a premium customer at 49.99', { premium: true, merchandiseTotal: usd(4999) }, 1099, null],
      [
        'a premium customer at 50.00',
        { premium: true, merchandiseTotal: usd(5000) },
        0,
        'premium_threshold',
      ],
      [
        'a standard customer at 50.00 (premium left out)',
        { merchandiseTotal: usd(5000) },
        1099,
        null,
      ],
      ['a standard customer at 99.99', { merchandiseTotal: usd(9999) }, 1099, null],
      ['a standard customer at 100.00', { merchandiseTotal: usd(10000) }, 0, 'order_threshold'],
    ])('charges %s %i cents', async (_case, change, cents, reason) => {
      const { premium: _premium, ...standard } = workedExample;
      const response = await quote({ ...standard, ...change });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        cost: usd(cents),
        free: reason !== null,
        freeBecause: reason,
      });
    });

    it.each([
      [
        'an unknown property',
        { ...workedExample, express: true },
        'express',
        /express should not exist/,
      ],
      ['a negative weight', { ...workedExample, weightGrams: -1 }, 'weightGrams', /weightGrams/],
      ['a fractional weight', { ...workedExample, weightGrams: 1.5 }, 'weightGrams', /integer/],
      ['a weight as a string', { ...workedExample, weightGrams: '7000' }, 'weightGrams', /integer/],
      [
        'a weight over a tonne',
        { ...workedExample, weightGrams: 1_000_001 },
        'weightGrams',
        /weightGrams/,
      ],
      [
        'a three-letter country',
        { ...workedExample, destinationCountry: 'usa' },
        'destinationCountry',
        /ISO 3166-1/,
      ],
      [
        'a lower-case country',
        { ...workedExample, destinationCountry: 'us' },
        'destinationCountry',
        /upper case/,
      ],
      [
        'a missing merchandise total',
        (({ merchandiseTotal: _total, ...rest }) => rest)(workedExample),
        'merchandiseTotal',
        /merchandiseTotal/,
      ],
      [
        'a negative merchandise total',
        { ...workedExample, merchandiseTotal: usd(-1) },
        'merchandiseTotal.amount',
        /amount/,
      ],
      [
        'an unknown nested property',
        { ...workedExample, merchandiseTotal: { ...usd(100), tax: 1 } },
        'merchandiseTotal.tax',
        /tax should not exist/,
      ],
      ['a premium flag as a string', { ...workedExample, premium: 'yes' }, 'premium', /boolean/],
    ])('answers 400 naming the field for %s', async (_case, body, field, message) => {
      const response = await quote(body);
      expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
      expect(response.body.errors).toEqual(
        expect.arrayContaining([{ field, message: expect.stringMatching(message) }]),
      );
    });

    it('answers 422 MONEY.CURRENCY_NOT_ACCEPTED for a total in another currency', async () => {
      const response = await quote({
        ...workedExample,
        merchandiseTotal: { amount: 6610, currency: 'EUR' },
      });
      expectProblem(response, 422, 'MONEY.CURRENCY_NOT_ACCEPTED');
      expect(response.body).toMatchObject({ accepted: 'USD', received: 'EUR' });
    });

    it('is documented in the OpenAPI document with its answers', async () => {
      const document = (await api.get('/openapi.json')).body;
      const operation = document.paths['/api/shipping/quotes'].post;
      expect(Object.keys(operation.responses).sort()).toEqual([
        '200',
        '400',
        '413',
        '415',
        '422',
        'default',
      ]);
      expect(document.components.schemas.ShippingMoneyDto.properties.amount.minimum).toBe(0);
      expect(document.components.schemas.MoneyDto.properties.amount.minimum).toBe(1);
    });
  });
});
