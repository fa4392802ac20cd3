import { aProduct } from '../builders/product.builder.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { adminQuery } from '../support/database.js';
import { expectProblem, http } from '../support/http.js';

describe('catalog over HTTP', () => {
  let shop: TestApp;
  let api: ReturnType<typeof http>;

  beforeAll(async () => {
    shop = await startTestApp();
    api = http(shop.app, { token: await shop.tokenFor('admin') });
  });
  afterAll(() => shop?.close());

  const productCount = async () => {
    const database = new URL(shop.databaseUrl).pathname.slice(1);
    const { rows } = await adminQuery(
      'select count(*)::int as n from catalog.products',
      [],
      database,
    );
    return rows[0].n as number;
  };

  describe('POST /api/products', () => {
    it('creates a product: 201, the product, and its Location', async () => {
      const response = await api.post(
        '/api/products',
        aProduct().withSku('tent-2p').pricedAt(12900).request(),
      );
      expect(response.status).toBe(201);
      expect(response.headers.location).toBe('/api/products/TENT-2P');
      expect(response.body).toMatchObject({
        sku: 'TENT-2P',
        price: { amount: 12900, currency: 'USD' },
        active: true,
      });
      const read = await api.get(String(response.headers.location));
      expect(read.status).toBe(200);
      expect(read.body).toEqual(response.body);
    });

    it('answers 409 CATALOG.SKU_ALREADY_TAKEN for a duplicate sku', async () => {
      await api.post('/api/products', aProduct().withSku('DUPE-9').request());
      const before = await productCount();
      const response = await api.post('/api/products', aProduct().withSku('dupe-9').request());
      expectProblem(response, 409, 'CATALOG.SKU_ALREADY_TAKEN');
      expect(response.body.sku).toBe('DUPE-9');
      expect(await productCount()).toBe(before);
    });

    it.each([
      [
        'an unknown property',
        { ...aProduct().request(), colour: 'red' },
        'colour',
        /colour should not exist/,
      ],
      [
        'a negative price',
        { ...aProduct().request(), price: { amount: -100, currency: 'USD' } },
        'price.amount',
        /amount/,
      ],
      [
        'a non-integer price',
        { ...aProduct().request(), price: { amount: 19.99, currency: 'USD' } },
        'price.amount',
        /integer/,
      ],
      [
        'a price as a string',
        { ...aProduct().request(), price: { amount: '1999', currency: 'USD' } },
        'price.amount',
        /integer/,
      ],
      [
        'a missing price',
        (({ price: _price, ...rest }) => rest)(aProduct().request()),
        'price',
        /price/,
      ],
      [
        'a missing name',
        (({ name: _name, ...rest }) => rest)(aProduct().request()),
        'name',
        /name/,
      ],
      ['a malformed sku', { ...aProduct().request(), sku: 'no spaces' }, 'sku', /sku/],
      [
        'a bad category',
        { ...aProduct().request(), category: 'Home & Garden' },
        'category',
        /category/,
      ],
      [
        'a negative weight',
        { ...aProduct().request(), weightGrams: -5 },
        'weightGrams',
        /weightGrams/,
      ],
      [
        'an unknown nested property',
        { ...aProduct().request(), price: { amount: 100, currency: 'USD', tax: 1 } },
        'price.tax',
        /tax should not exist/,
      ],
    ])(
      'answers 400 naming the field for %s, and writes nothing',
      async (_case, body, field, message) => {
        const before = await productCount();
        const response = await api.post('/api/products', body);
        expectProblem(response, 400, 'REQUEST.VALIDATION_FAILED');
        expect(response.body.errors).toEqual(
          expect.arrayContaining([{ field, message: expect.stringMatching(message) }]),
        );
        expect(await productCount()).toBe(before);
      },
    );

    it('answers 422 MONEY.CURRENCY_NOT_ACCEPTED for a price in another currency', async () => {
      const response = await api.post('/api/products', aProduct().pricedAt(100, 'EUR').request());
      expectProblem(response, 422, 'MONEY.CURRENCY_NOT_ACCEPTED');
    });
  });

  describe('GET /api/products/{sku}', () => {
    it('answers 404 CATALOG.PRODUCT_NOT_FOUND for an unknown sku', async () => {
      expectProblem(await api.get('/api/products/NOT-THERE'), 404, 'CATALOG.PRODUCT_NOT_FOUND');
    });

    it('answers 400 naming the sku when it cannot be a sku', async () => {
      const response = await api.get('/api/products/x');
      expectProblem(response, 400, 'CATALOG.INVALID_PRODUCT_ATTRIBUTE');
      expect(response.body.errors[0].field).toBe('sku');
    });
  });

  describe('PUT /api/products/{sku}/price and POST /api/products/{sku}/discontinue', () => {
    it('changes the price, discontinues, then refuses a new price with 409', async () => {
      await api.post('/api/products', aProduct().withSku('STOVE-1').pricedAt(5900).request());
      const changed = await api.put('/api/products/STOVE-1/price', {
        price: { amount: 4900, currency: 'USD' },
      });
      expect(changed.status).toBe(200);
      expect(changed.body.price).toEqual({ amount: 4900, currency: 'USD' });

      const discontinued = await api.post('/api/products/STOVE-1/discontinue');
      expect(discontinued.status).toBe(200);
      expect(discontinued.body.active).toBe(false);

      expectProblem(
        await api.post('/api/products/STOVE-1/discontinue'),
        409,
        'CATALOG.PRODUCT_ALREADY_DISCONTINUED',
      );
      expectProblem(
        await api.put('/api/products/STOVE-1/price', { price: { amount: 100, currency: 'USD' } }),
        409,
        'CATALOG.PRICE_FROZEN_AFTER_DISCONTINUATION',
      );
    });

    it('answers 400 for a bad price body and 404 for an unknown sku', async () => {
      expectProblem(
        await api.put('/api/products/STOVE-1/price', { price: { amount: 0, currency: 'USD' } }),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      expectProblem(
        await api.put('/api/products/STOVE-1/price', {}),
        400,
        'REQUEST.VALIDATION_FAILED',
      );
      expectProblem(
        await api.put('/api/products/GHOST-1/price', { price: { amount: 100, currency: 'USD' } }),
        404,
        'CATALOG.PRODUCT_NOT_FOUND',
      );
    });
  });

  describe('GET /api/products', () => {
    beforeAll(async () => {
      for (const product of [
        aProduct()
          .withSku('S-BOOT')
          .named('Hiking boots')
          .inCategory('footwear')
          .describedAs('Waterproof leather'),
        aProduct()
          .withSku('S-SOCK')
          .named('Wool socks')
          .inCategory('footwear')
          .describedAs('Merino, keeps feet warm'),
        aProduct()
          .withSku('S-SANDAL')
          .named('Sandals')
          .inCategory('footwear')
          .describedAs('For the beach'),
        aProduct()
          .withSku('S-JACKET')
          .named('Rain jacket')
          .inCategory('clothing')
          .describedAs('Waterproof shell'),
      ]) {
        expect((await api.post('/api/products', product.request())).status).toBe(201);
      }
    });

    it('searches, filters by category, and pages with a cursor', async () => {
      const waterproof = await api.get('/api/products?search=waterproof');
      expect(waterproof.body.items.map((p: { sku: string }) => p.sku)).toEqual([
        'S-BOOT',
        'S-JACKET',
      ]);

      const first = await api.get('/api/products?category=footwear&limit=2');
      expect(first.status).toBe(200);
      expect(first.body.items.map((p: { sku: string }) => p.sku)).toEqual(['S-BOOT', 'S-SANDAL']);
      expect(first.body.nextCursor).toEqual(expect.any(String));

      const second = await api.get(
        `/api/products?category=footwear&limit=2&cursor=${first.body.nextCursor}`,
      );
      expect(second.body.items.map((p: { sku: string }) => p.sku)).toEqual(['S-SOCK']);
      expect(second.body.nextCursor).toBeNull();
    });

    it('defaults to 20 items a page', async () => {
      for (let i = 0; i < 21; i++) {
        await api.post(
          '/api/products',
          aProduct()
            .withSku(`BULK-${String(i).padStart(2, '0')}`)
            .request(),
        );
      }
      const page = await api.get('/api/products');
      expect(page.body.items).toHaveLength(20);
      expect(page.body.nextCursor).toEqual(expect.any(String));
    });

    it.each([
      ['/api/products?cursor=not-a-cursor', 'REQUEST.INVALID_CURSOR', 'cursor'],
      ['/api/products?limit=0', 'REQUEST.VALIDATION_FAILED', 'limit'],
      ['/api/products?limit=101', 'REQUEST.VALIDATION_FAILED', 'limit'],
      ['/api/products?limit=ten', 'REQUEST.VALIDATION_FAILED', 'limit'],
      ['/api/products?category=Not%20A%20Slug', 'REQUEST.VALIDATION_FAILED', 'category'],
      ['/api/products?sort=price', 'REQUEST.VALIDATION_FAILED', 'sort'],
    ])('answers 400 for %s', async (url, code, field) => {
      const response = await api.get(url);
      expectProblem(response, 400, code);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    });
  });
});
