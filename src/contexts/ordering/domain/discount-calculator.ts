import { Money } from '../../../platform/domain/index.js';

export interface PricedLine {
  readonly unitPrice: Money;
  readonly quantity: number;
}

export type OrderDiscountReason = 'premium' | 'promotion';

export interface Pricing {
  /** Σ unit price × quantity. */
  readonly gross: Money;
  /** Per line, 5 % off lines of 5 or more units. */
  readonly lineDiscounts: readonly Money[];
  readonly volumeDiscount: Money;
  readonly orderDiscount: Money;
  readonly orderDiscountReason: OrderDiscountReason | null;
  readonly orderDiscountPercent: number;
  /** gross − volume discounts − order discount. */
  readonly merchandiseTotal: Money;
}

export const VOLUME_DISCOUNT = { minimumQuantity: 5, percent: 5 } as const;
export const PREMIUM_DISCOUNT_PERCENT = 10;

/**
 * The shop's discount rules, as one pure function:
 * - a line of 5 or more units gets 5 % off that line;
 * - the order gets the larger of the premium discount (10 %, premium customers
 *   only) and a valid promotion's percentage, never both, on gross minus the
 *   volume discounts;
 * - every percentage is rounded half up to the minor unit where it applies.
 */
export const DiscountCalculator = {
  price(
    lines: readonly PricedLine[],
    options: { premium: boolean; promotionPercent?: number | null; currency: string },
  ): Pricing {
    const zero = Money.zero(options.currency);
    const lineTotals = lines.map((line) => line.unitPrice.times(line.quantity));
    const gross = lineTotals.reduce((sum, total) => sum.add(total), zero);
    const lineDiscounts = lines.map((line, i) =>
      line.quantity >= VOLUME_DISCOUNT.minimumQuantity
        ? lineTotals[i]!.percentage(VOLUME_DISCOUNT.percent)
        : zero,
    );
    const volumeDiscount = lineDiscounts.reduce((sum, discount) => sum.add(discount), zero);
    const afterVolume = gross.subtract(volumeDiscount);
    const premium = options.premium ? PREMIUM_DISCOUNT_PERCENT : 0;
    const promotion = options.promotionPercent ?? 0;
    const percent = Math.max(premium, promotion);
    const orderDiscountReason: OrderDiscountReason | null =
      percent === 0 ? null : promotion > premium ? 'promotion' : 'premium';
    const orderDiscount = afterVolume.percentage(percent);
    return {
      gross,
      lineDiscounts,
      volumeDiscount,
      orderDiscount,
      orderDiscountReason,
      orderDiscountPercent: percent,
      merchandiseTotal: afterVolume.subtract(orderDiscount),
    };
  },
};
