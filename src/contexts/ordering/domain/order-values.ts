import type { GivenPostalAddress, Money, PostalAddress } from '../../../platform/domain/index.js';

/** Where an order goes: the shop's one definition of a postal address. */
export type ShippingAddress = PostalAddress;
export type GivenShippingAddress = GivenPostalAddress;

/** A line as ordered, with the price it had when the order was placed. */
export interface OrderLine {
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: Money;
  readonly quantity: number;
  readonly weightGrams: number;
  readonly lineTotal: Money;
  readonly volumeDiscount: Money;
}

export interface OrderTotals {
  /** Gross: Σ unit price × quantity. */
  readonly subtotal: Money;
  /** Volume discounts plus the order discount. */
  readonly discount: Money;
  readonly shipping: Money;
  readonly total: Money;
}
