import { OrderRepository } from '../../../src/contexts/ordering/domain/order.repository.js';
import { OrderingDatabase } from '../../../src/contexts/ordering/infrastructure/ordering.database.js';
import { ShipmentRepository } from '../../../src/contexts/shipping/domain/shipment.js';
import { ShippingDatabase } from '../../../src/contexts/shipping/infrastructure/shipping.database.js';
import { Money } from '../../../src/platform/domain/money.js';
import { anOrder } from '../../builders/order.builder.js';
import { aShipment } from '../../builders/shipment.builder.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { shopDriver } from '../../support/shop.js';

const usd = (amount: number) => ({ amount, currency: 'USD' });

/**
 * Orders and shipments keep money inside jsonb documents: stored as plain
 * `{ amount, currency }` (what SQL reads and older rows hold), loaded as `Money`.
 */
describe('money inside stored documents (orders, shipments)', () => {
  let shop: TestApp;
  let sql: ReturnType<typeof shopDriver>['sql'];

  beforeAll(async () => {
    shop = await startTestApp({ contexts: 'ordering,shipping' });
    sql = shopDriver(shop).sql;
  });
  afterAll(() => shop?.close());

  describe('an order', () => {
    const db = () => shop.app.get(OrderingDatabase);
    const orders = () => shop.app.get(OrderRepository);
    const load = (id: string) => db().unitOfWork(() => orders().get(id));

    it('is stored as plain JSON and loaded with Money', async () => {
      const placed = anOrder().withLine('MUG-1', 2, 1999).withLine('TEA-1', 5, 550).build();
      await db().unitOfWork(() => Promise.resolve(orders().save(placed)));

      const [row] = await sql('select lines, totals from ordering.orders where id = $1', [
        placed.id,
      ]);
      expect(row.totals).toEqual({
        subtotal: usd(6748),
        discount: usd(138),
        shipping: usd(499),
        total: usd(7109),
      });
      expect(row.lines[1]).toEqual({
        sku: 'TEA-1',
        name: 'Product TEA-1',
        unitPrice: usd(550),
        quantity: 5,
        weightGrams: 500,
        lineTotal: usd(2750),
        volumeDiscount: usd(138),
      });

      const loaded = await load(placed.id);
      expect(loaded.totals.total).toBeInstanceOf(Money);
      expect(loaded.totals.total.equals(Money.of(7109, 'USD'))).toBe(true);
      expect(loaded.lines.map((line) => line.lineTotal)).toEqual([
        Money.of(3998, 'USD'),
        Money.of(2750, 'USD'),
      ]);
    });

    it('writes an order only when it changed: revived documents compare equal', async () => {
      const placed = anOrder().build();
      await db().unitOfWork(() => Promise.resolve(orders().save(placed)));
      const version = async () =>
        (await sql('select version from ordering.orders where id = $1', [placed.id]))[0].version;

      await db().unitOfWork(async () => orders().save(await orders().get(placed.id)));
      expect(await version()).toBe(1);

      await db().unitOfWork(async () => {
        const order = await orders().get(placed.id);
        order.stockReserved(new Date('2026-03-01T09:01:00Z'));
        orders().save(order);
        expect(order.pullEvents()).toEqual([
          expect.objectContaining({ amount: Money.of(2498, 'USD') }),
        ]);
      });
      expect(await version()).toBe(2);
    });

    it('loads a row as the untyped code wrote it', async () => {
      const id = '0195a1b2-0000-7000-8000-00000000beef';
      const money = (amount: number) => JSON.stringify(usd(amount));
      await sql(
        `insert into ordering.orders (id, customer_id, lines, shipping_address, payment_method,
           promotion_code, totals, status, rejection_reason, timeline, placed_at, updated_at)
         values ($1, $1, $2, $3, '{"type":"card","token":"tok_visa"}', null, $4, 'PENDING', null,
           '[{"status":"PENDING","at":"2026-03-01T09:00:00.000Z","reason":null}]', now(), now())`,
        [
          id,
          `[{"sku":"MUG-1","name":"Mug","unitPrice":${money(1999)},"quantity":1,"weightGrams":500,` +
            `"lineTotal":${money(1999)},"volumeDiscount":${money(0)}}]`,
          JSON.stringify({
            recipient: 'Ada',
            line1: '1 Main St',
            line2: null,
            city: 'Springfield',
            postalCode: '62701',
            region: null,
            country: 'US',
          }),
          `{"subtotal":${money(1999)},"discount":${money(0)},"shipping":${money(499)},"total":${money(2498)}}`,
        ],
      );
      const loaded = await load(id);
      expect(loaded.lines[0]!.unitPrice.equals(Money.of(1999, 'USD'))).toBe(true);
      expect(loaded.totals.shipping.add(loaded.totals.subtotal).equals(loaded.totals.total)).toBe(
        true,
      );
    });
  });

  it('loads a shipment’s cost as Money', async () => {
    const db = shop.app.get(ShippingDatabase);
    const shipments = shop.app.get(ShipmentRepository);
    const created = aShipment().costing(1099).build();
    await db.unitOfWork(() => Promise.resolve(shipments.save(created)));

    const [row] = await sql('select cost from shipping.shipments where id = $1', [created.id]);
    expect(row.cost).toEqual(usd(1099));
    const loaded = await db.unitOfWork(() => shipments.get(created.id));
    expect(loaded.cost).toBeInstanceOf(Money);
    expect(loaded.cost.equals(Money.of(1099, 'USD'))).toBe(true);
  });
});
