import { COUNTRY_CODE, Money } from '../../../platform/domain/index.js';
import {
  InvalidDestination,
  InvalidMerchandiseTotal,
  InvalidShippingWeight,
  ShippingCurrencyMismatch,
} from './shipping.errors.js';

export type ShippingZone = 'domestic' | 'international';
export type FreeShippingReason = 'premium_threshold' | 'order_threshold';

export interface ShipmentToQuote {
  readonly destinationCountry: string;
  readonly weightGrams: number;
  readonly merchandiseTotal: Money;
  readonly premium: boolean;
}

export interface ShippingCharge {
  readonly cost: Money;
  readonly zone: ShippingZone;
  /** Every started kilogram counts; an empty or light parcel still pays the first one. */
  readonly chargeableKilograms: number;
  readonly free: boolean;
  readonly freeBecause: FreeShippingReason | null;
}

// Minor units of the shop currency, as the pricing rules state them (4.99, 1.00, …).
const RATES: Record<ShippingZone, { firstKilogram: number; extraKilogram: number }> = {
  domestic: { firstKilogram: 499, extraKilogram: 100 },
  international: { firstKilogram: 1499, extraKilogram: 300 },
};
const FREE_FOR_PREMIUM_FROM = 5000;
const FREE_FOR_EVERYONE_FROM = 10000;
const GRAMS_PER_KILOGRAM = 1000;

/**
 * What shipping costs, by zone and weight, and when it is free. Domestic means
 * the destination is the shop's own country.
 */
export class ShippingTariff {
  private readonly free: Money;

  constructor(
    readonly shopCountry: string,
    readonly currency: string,
  ) {
    // A configuration fault, not a caller's mistake: configuration validates it first.
    if (!COUNTRY_CODE.test(shopCountry)) throw new RangeError(`bad shop country ${shopCountry}`);
    this.free = Money.zero(currency);
  }

  quote(shipment: ShipmentToQuote): ShippingCharge {
    const zone = this.zoneOf(shipment.destinationCountry);
    const chargeableKilograms = chargeableKilogramsOf(shipment.weightGrams);
    const freeBecause = this.freeShippingReason(shipment.merchandiseTotal, shipment.premium);
    const rate = RATES[zone];
    const cost = freeBecause
      ? this.free
      : this.money(rate.firstKilogram).add(
          this.money(rate.extraKilogram).times(chargeableKilograms - 1),
        );
    return { cost, zone, chargeableKilograms, free: freeBecause !== null, freeBecause };
  }

  // ISO 3166-1 alpha-2, upper case only: callers normalise, the tariff does not guess.
  private zoneOf(country: string): ShippingZone {
    if (!COUNTRY_CODE.test(country)) throw new InvalidDestination(country);
    return country === this.shopCountry ? 'domestic' : 'international';
  }

  // The order threshold is reported first: it applies to everyone, premium or not.
  private freeShippingReason(total: Money, premium: boolean): FreeShippingReason | null {
    if (total.currency !== this.currency) {
      throw new ShippingCurrencyMismatch(this.currency, total.currency);
    }
    if (total.isNegative()) throw new InvalidMerchandiseTotal(total.amount);
    if (total.isAtLeast(this.money(FREE_FOR_EVERYONE_FROM))) return 'order_threshold';
    if (premium && total.isAtLeast(this.money(FREE_FOR_PREMIUM_FROM))) return 'premium_threshold';
    return null;
  }

  private money(amount: number): Money {
    return Money.of(amount, this.currency);
  }
}

/** ceil(grams / 1000), at least 1, in integer arithmetic. */
function chargeableKilogramsOf(grams: number): number {
  if (!Number.isSafeInteger(grams) || grams < 0) throw new InvalidShippingWeight(grams);
  const remainder = grams % GRAMS_PER_KILOGRAM;
  const kilograms = (grams - remainder) / GRAMS_PER_KILOGRAM + (remainder > 0 ? 1 : 0);
  return Math.max(1, kilograms);
}
