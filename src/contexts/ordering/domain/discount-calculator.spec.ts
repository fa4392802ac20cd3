import { Money } from '../../../platform/domain/money.js';
import { DiscountCalculator, type PricedLine, type Pricing } from './discount-calculator.js';

const line = (unitPriceCents: number, quantity: number): PricedLine => ({
  unitPrice: Money.of(unitPriceCents, 'USD'),
  quantity,
});
const price = (
  lines: PricedLine[],
  options: { premium?: boolean; promotionPercent?: number | null } = {},
) => DiscountCalculator.price(lines, { premium: false, currency: 'USD', ...options });

/** The amounts of a pricing in cents, easy to compare with exact numbers. */
const cents = (pricing: Pricing) => ({
  gross: pricing.gross.amount,
  lineDiscounts: pricing.lineDiscounts.map((d) => d.amount),
  volumeDiscount: pricing.volumeDiscount.amount,
  orderDiscount: pricing.orderDiscount.amount,
  orderDiscountReason: pricing.orderDiscountReason,
  orderDiscountPercent: pricing.orderDiscountPercent,
  merchandiseTotal: pricing.merchandiseTotal.amount,
});

// The brief's worked example: 2 × 19.99 and 5 × 5.50.
const workedExample = () => [line(1999, 2), line(550, 5)];

describe('DiscountCalculator', () => {
  it("prices the brief's worked example for a standard customer", () => {
    const pricing = price(workedExample());
    expect(cents(pricing)).toEqual({
      gross: 6748,
      lineDiscounts: [0, 138], // 5 % of 2750 = 137.5 → 138
      volumeDiscount: 138,
      orderDiscount: 0,
      orderDiscountReason: null,
      orderDiscountPercent: 0,
      merchandiseTotal: 6610,
    });
    expect(pricing.merchandiseTotal.currency).toBe('USD');
  });

  it('gives no volume discount to a line of 4 units and 5 % to a line of 5', () => {
    expect(cents(price([line(550, 4)]))).toMatchObject({
      gross: 2200,
      lineDiscounts: [0],
      volumeDiscount: 0,
      merchandiseTotal: 2200,
    });
    expect(cents(price([line(550, 5)]))).toMatchObject({
      gross: 2750,
      lineDiscounts: [138],
      volumeDiscount: 138,
      merchandiseTotal: 2612,
    });
  });

  it.each([
    [550, 5, 138, 'line of 2750: 137.5 → 138'],
    [546, 5, 137, 'line of 2730: 136.5 → 137'],
    [500, 5, 125, 'line of 2500: exactly 125'],
    [1999, 6, 600, 'line of 11994: 599.7 → 600'],
    [1001, 7, 350, 'line of 7007: 350.35 → 350'],
  ])('rounds a line discount half up: %i × %i → %i (%s)', (unit, quantity, expected) => {
    expect(price([line(unit, quantity)]).lineDiscounts.map((d) => d.amount)).toEqual([expected]);
  });

  it('gives a premium customer 10 % of gross minus volume discounts', () => {
    expect(cents(price(workedExample(), { premium: true }))).toEqual({
      gross: 6748,
      lineDiscounts: [0, 138],
      volumeDiscount: 138,
      orderDiscount: 661, // 10 % of 6610
      orderDiscountReason: 'premium',
      orderDiscountPercent: 10,
      merchandiseTotal: 5949,
    });
  });

  it('rounds the order discount half up', () => {
    // 15 % of 6610 = 991.5 → 992
    expect(cents(price(workedExample(), { promotionPercent: 15 }))).toMatchObject({
      orderDiscount: 992,
      merchandiseTotal: 5618,
    });
    // 10 % of 1995 = 199.5 → 200
    expect(cents(price([line(1995, 1)], { premium: true }))).toMatchObject({
      orderDiscount: 200,
      merchandiseTotal: 1795,
    });
  });

  it('applies a promotion alone, for a standard customer', () => {
    expect(cents(price(workedExample(), { promotionPercent: 5 }))).toEqual({
      gross: 6748,
      lineDiscounts: [0, 138],
      volumeDiscount: 138,
      orderDiscount: 331, // 5 % of 6610 = 330.5 → 331
      orderDiscountReason: 'promotion',
      orderDiscountPercent: 5,
      merchandiseTotal: 6279,
    });
  });

  it('applies a promotion larger than the premium discount instead of it', () => {
    expect(cents(price(workedExample(), { premium: true, promotionPercent: 15 }))).toMatchObject({
      orderDiscount: 992, // 15 % only, not 15 % + 10 % (1653)
      orderDiscountReason: 'promotion',
      orderDiscountPercent: 15,
      merchandiseTotal: 5618,
    });
  });

  it('keeps the premium discount when the promotion is smaller', () => {
    expect(cents(price(workedExample(), { premium: true, promotionPercent: 5 }))).toMatchObject({
      orderDiscount: 661, // 10 % only, not 10 % + 5 % (992)
      orderDiscountReason: 'premium',
      orderDiscountPercent: 10,
      merchandiseTotal: 5949,
    });
  });

  it('gives one 10 % discount, as premium, when the promotion equals the premium discount', () => {
    expect(cents(price(workedExample(), { premium: true, promotionPercent: 10 }))).toMatchObject({
      orderDiscount: 661, // not 1322
      orderDiscountReason: 'premium',
      orderDiscountPercent: 10,
      merchandiseTotal: 5949,
    });
  });

  it.each([0, null, undefined])(
    'gives a standard customer no order discount for a promotion of %p',
    (promotionPercent) => {
      expect(cents(price(workedExample(), { promotionPercent }))).toMatchObject({
        orderDiscount: 0,
        orderDiscountReason: null,
        orderDiscountPercent: 0,
        merchandiseTotal: 6610,
      });
    },
  );

  it('gives a premium customer the premium discount when the promotion is 0', () => {
    expect(cents(price(workedExample(), { premium: true, promotionPercent: 0 }))).toMatchObject({
      orderDiscount: 661,
      orderDiscountReason: 'premium',
      orderDiscountPercent: 10,
    });
  });

  it('sums many lines, each with its own volume discount', () => {
    const lines = [line(100, 1), line(200, 5), line(999, 10), line(333, 3), line(1, 100)];
    // 100 + 1000 + 9990 + 999 + 100 = 12189; volume 50 + 500 (499.5) + 5 = 555
    expect(cents(price(lines))).toEqual({
      gross: 12189,
      lineDiscounts: [0, 50, 500, 0, 5],
      volumeDiscount: 555,
      orderDiscount: 0,
      orderDiscountReason: null,
      orderDiscountPercent: 0,
      merchandiseTotal: 11634,
    });
    // premium: 10 % of 11634 = 1163.4 → 1163
    expect(cents(price(lines, { premium: true }))).toMatchObject({
      orderDiscount: 1163,
      merchandiseTotal: 10471,
    });
  });
});
