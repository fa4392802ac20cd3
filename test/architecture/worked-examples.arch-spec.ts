import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DiscountCalculator } from '../../src/contexts/ordering/domain/discount-calculator.js';
import { ShippingTariff } from '../../src/contexts/shipping/domain/shipping-tariff.js';
import { Money } from '../../src/platform/domain/money.js';

const usd = (amount: number) => Money.of(amount, 'USD');
const tariff = new ShippingTariff('US', 'USD');
const mug = { price: 1999, grams: 500 };
const tea = { price: 550, grams: 1200 };

/** The rows of the worked-examples table in docs/ordering.md, recomputed by the domain code. */
const CASES = [
  {
    name: 'Standard, US',
    lines: [
      [mug, 2],
      [tea, 5],
    ],
    premium: false,
    promotion: null,
    country: 'US',
    total: '77.09',
  },
  {
    name: 'Standard, promotion 15 %',
    lines: [[mug, 2]],
    premium: false,
    promotion: 15,
    country: 'US',
    total: '38.97',
  },
  {
    name: 'Premium, no code',
    lines: [[mug, 2]],
    premium: true,
    promotion: null,
    country: 'US',
    total: '40.97',
  },
  {
    name: 'Premium, promotion 5 %',
    lines: [[mug, 2]],
    premium: true,
    promotion: 5,
    country: 'US',
    total: '40.97',
  },
  {
    name: 'Premium, promotion 15 %',
    lines: [[mug, 2]],
    premium: true,
    promotion: 15,
    country: 'US',
    total: '38.97',
  },
  {
    name: 'Premium, large order',
    lines: [[mug, 3]],
    premium: true,
    promotion: null,
    country: 'US',
    total: '53.97',
  },
  {
    name: 'Standard, abroad (DE)',
    lines: [[tea, 5]],
    premium: false,
    promotion: null,
    country: 'DE',
    total: '56.11',
  },
] as const;

describe('the worked examples in docs/ordering.md', () => {
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/ordering.md'), 'utf8');

  it.each(CASES)('$name totals $total', ({ name, lines, premium, promotion, country, total }) => {
    const pricing = DiscountCalculator.price(
      lines.map(([product, quantity]) => ({ unitPrice: usd(product.price), quantity })),
      { premium, promotionPercent: promotion, currency: 'USD' },
    );
    const shipping = tariff.quote({
      destinationCountry: country,
      weightGrams: lines.reduce((sum, [product, quantity]) => sum + product.grams * quantity, 0),
      merchandiseTotal: pricing.merchandiseTotal,
      premium,
    });
    const computed = pricing.merchandiseTotal.add(shipping.cost).toString();
    expect(computed).toBe(`${total} USD`);
    const row = doc.split('\n').find((line) => line.startsWith(`| ${name} `));
    expect(row).toContain(`**${total}**`);
  });
});
