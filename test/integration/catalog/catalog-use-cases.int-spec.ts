import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ChangePriceCommand } from '../../../src/contexts/catalog/application/change-price/change-price.command.js';
import { DiscontinueProductCommand } from '../../../src/contexts/catalog/application/discontinue-product/discontinue-product.command.js';
import { GetProductQuery } from '../../../src/contexts/catalog/application/get-product/get-product.query.js';
import { ListProductsQuery } from '../../../src/contexts/catalog/application/list-products/list-products.query.js';
import { CatalogDatabase } from '../../../src/contexts/catalog/infrastructure/catalog.database.js';
import type { EventEnvelope } from '../../../src/platform/messaging/envelope.js';
import { MessagingRuntime } from '../../../src/platform/messaging/messaging.runtime.js';
import {
  PriceFrozenAfterDiscontinuation,
  ProductAlreadyDiscontinued,
  ProductNotFound,
  SkuAlreadyTaken,
} from '../../../src/contexts/catalog/domain/product.errors.js';
import { InvalidCursor } from '../../../src/platform/application/page.js';
import { CurrencyNotAccepted } from '../../../src/platform/domain/shop-currency.js';
import { aProduct } from '../../builders/product.builder.js';
import { startTestApp, type TestApp } from '../../support/app.js';

/** Catalog booted alone with the platform: proof that it stands on its own. */
describe('catalog use cases (through the buses, real PostgreSQL)', () => {
  let shop: TestApp;
  let commands: CommandBus;
  let queries: QueryBus;
  /** Outbox rows already seen: `published()` answers the events written since. */
  let seen = 0;
  const outbox = () =>
    shop.app
      .get(CatalogDatabase)
      .read((em) =>
        em.execute<{ envelope: EventEnvelope }[]>('select envelope from outbox order by position'),
      );
  const published = async () => {
    const rows = await outbox();
    const fresh = rows.slice(seen).map((row) => row.envelope);
    seen = rows.length;
    return fresh;
  };

  beforeAll(async () => {
    shop = await startTestApp({ contexts: 'catalog' });
    commands = shop.app.get(CommandBus);
    queries = shop.app.get(QueryBus);
  });

  afterAll(() => shop?.close());
  beforeEach(async () => {
    await published();
  });

  it('knows the integration events of the catalog only, as the only context it hosts', () => {
    const { contracts, handlers } = shop.app.get(MessagingRuntime).hosted;
    expect([...contracts.keys()]).toEqual([
      'catalog.ProductCreated.v1',
      'catalog.ProductDiscontinued.v1',
      'catalog.ProductPriceChanged.v1',
    ]);
    expect(handlers).toEqual([]);
  });

  describe('CreateProduct', () => {
    it('stores the product and writes ProductCreated to the outbox with it', async () => {
      const builder = aProduct()
        .withSku('kettle-1')
        .named('Stove kettle')
        .pricedAt(3450)
        .weighing(900);
      const { sku } = await commands.execute(builder.command());
      expect(sku).toBe('KETTLE-1');
      const view = await queries.execute(new GetProductQuery('kettle-1'));
      expect(view).toMatchObject({
        sku: 'KETTLE-1',
        name: 'Stove kettle',
        price: { amount: 3450, currency: 'USD' },
        weightGrams: 900,
        active: true,
        createdAt: shop.clock.now().toISOString(),
      });
      expect(await published()).toEqual([
        expect.objectContaining({
          name: 'catalog.ProductCreated.v1',
          aggregateId: view.id,
          payload: expect.objectContaining({ sku: 'KETTLE-1' }),
        }),
      ]);
    });

    it('refuses a taken sku, whatever its case, and publishes nothing', async () => {
      await commands.execute(aProduct().withSku('DUP-1').command());
      await published();
      await expect(commands.execute(aProduct().withSku('dup-1').command())).rejects.toThrow(
        SkuAlreadyTaken,
      );
      expect(await published()).toEqual([]);
    });

    it('refuses the same sku created concurrently: exactly one wins', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () => commands.execute(aProduct().withSku('RACE-1').command())),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failures = results.filter((r) => r.status === 'rejected');
      expect(failures).toHaveLength(4);
      for (const failure of failures) expect(failure.reason).toBeInstanceOf(SkuAlreadyTaken);
    });

    it('refuses a price in another currency', async () => {
      await expect(
        commands.execute(aProduct().withSku('EURO-1').pricedAt(100, 'EUR').command()),
      ).rejects.toThrow(CurrencyNotAccepted);
      await expect(queries.execute(new GetProductQuery('EURO-1'))).rejects.toThrow(ProductNotFound);
    });
  });

  describe('ChangePrice', () => {
    it('changes the price and publishes ProductPriceChanged', async () => {
      await commands.execute(aProduct().withSku('LAMP-1').pricedAt(4900).command());
      await published();
      shop.clock.advance(60_000);
      await commands.execute(new ChangePriceCommand('lamp-1', { amount: 4500, currency: 'USD' }));
      const view = await queries.execute(new GetProductQuery('LAMP-1'));
      expect(view.price.amount).toBe(4500);
      expect(view.updatedAt).toBe(shop.clock.now().toISOString());
      expect((await published()).map((event) => event.name)).toEqual([
        'catalog.ProductPriceChanged.v1',
      ]);
    });

    it('fails for an unknown sku', async () => {
      await expect(
        commands.execute(new ChangePriceCommand('NOPE-404', { amount: 100, currency: 'USD' })),
      ).rejects.toThrow(ProductNotFound);
    });
  });

  describe('DiscontinueProduct', () => {
    it('discontinues once, then freezes the price', async () => {
      await commands.execute(aProduct().withSku('OLD-1').command());
      await published();
      await commands.execute(new DiscontinueProductCommand('OLD-1'));
      expect((await queries.execute(new GetProductQuery('OLD-1'))).active).toBe(false);
      expect((await published()).map((event) => event.name)).toEqual([
        'catalog.ProductDiscontinued.v1',
      ]);
      await expect(commands.execute(new DiscontinueProductCommand('OLD-1'))).rejects.toThrow(
        ProductAlreadyDiscontinued,
      );
      await expect(
        commands.execute(new ChangePriceCommand('OLD-1', { amount: 1, currency: 'USD' })),
      ).rejects.toThrow(PriceFrozenAfterDiscontinuation);
    });
  });

  describe('ListProducts', () => {
    beforeAll(async () => {
      const products = [
        aProduct()
          .withSku('L-TENT-2')
          .named('Two-person tent')
          .inCategory('camping')
          .describedAs('Light dome tent'),
        aProduct()
          .withSku('L-STOVE')
          .named('Gas stove')
          .inCategory('camping')
          .describedAs('Burns butane for cooking'),
        aProduct()
          .withSku('L-MUG')
          .named('Enamel mug')
          .inCategory('kitchen')
          .describedAs('Holds coffee'),
        aProduct()
          .withSku('L-MUGS-4')
          .named('Set of mugs')
          .inCategory('kitchen')
          .describedAs('Four enamel cups'),
        aProduct()
          .withSku('L-GONE')
          .named('Old mug')
          .inCategory('kitchen')
          .describedAs('Discontinued'),
      ];
      for (const product of products) await commands.execute(product.command());
      await commands.execute(new DiscontinueProductCommand('L-GONE'));
    });

    const skusOf = (page: { items: readonly { sku: string }[] }) =>
      page.items.map((item) => item.sku).filter((sku) => sku.startsWith('L-'));

    it('filters by category, in sku order, without discontinued products', async () => {
      const page = await queries.execute(new ListProductsQuery({ category: 'kitchen' }, 20));
      expect(skusOf(page)).toEqual(['L-MUG', 'L-MUGS-4']);
    });

    it('searches name and description with stemming', async () => {
      expect(skusOf(await queries.execute(new ListProductsQuery({ search: 'mugs' }, 20)))).toEqual([
        'L-MUG',
        'L-MUGS-4',
      ]);
      expect(
        skusOf(await queries.execute(new ListProductsQuery({ search: 'cooking' }, 20))),
      ).toEqual(['L-STOVE']);
      expect(
        skusOf(
          await queries.execute(
            new ListProductsQuery({ search: 'enamel', category: 'kitchen' }, 20),
          ),
        ),
      ).toEqual(['L-MUG', 'L-MUGS-4']);
    });

    it('pages through everything with a stable cursor and no repeats', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await queries.execute(new ListProductsQuery({}, 2, cursor));
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((item) => item.sku));
        cursor = page.nextCursor ?? undefined;
        pages++;
      } while (cursor);
      const all = await queries.execute(new ListProductsQuery({}, 100));
      expect(seen).toEqual(all.items.map((item) => item.sku));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual([...seen].sort());
      // limit + 1 rows are fetched, so the last page is never empty.
      expect(pages).toBe(Math.ceil(seen.length / 2));
    });

    it('refuses a forged cursor', async () => {
      await expect(queries.execute(new ListProductsQuery({}, 20, 'forged'))).rejects.toThrow(
        InvalidCursor,
      );
    });
  });
});
