import { Type } from '@sinclair/typebox';
import { PublicQuery } from '../../../platform/application/public-query.js';

/** An amount of money as it crosses a boundary: integer minor units and an ISO 4217 code. */
export interface MoneyAmount {
  /** Minor units (cents), a whole number. */
  readonly amount: number;
  /** ISO 4217 code, upper case; must be the shop's currency. */
  readonly currency: string;
}

/** What a shipment is quoted on. Plain JSON, so that it can cross a network unchanged. */
export interface ShippingQuoteRequest {
  /** ISO 3166-1 alpha-2 code in upper case (`US`); the shop's own country is domestic. */
  readonly destinationCountry: string;
  /** Total weight of the parcel in grams: a whole number, 0 or more. */
  readonly weightGrams: number;
  /** Merchandise total of the order (after discounts, before shipping): decides free shipping. */
  readonly merchandiseTotal: MoneyAmount;
  /** Whether the customer is premium: lowers the free-shipping threshold. */
  readonly premium: boolean;
}

/**
 * The shape of a `ShippingQuoteRequest` as it crosses a process boundary: the
 * types only (the rules, such as a whole weight, stay shipping's, so a caller
 * gets the same error in any topology); fields a newer caller adds are let
 * through.
 */
export const ShippingQuoteRequestSchema = Type.Object({
  destinationCountry: Type.String(),
  weightGrams: Type.Number(),
  merchandiseTotal: Type.Object({ amount: Type.Number(), currency: Type.String() }),
  premium: Type.Boolean(),
});

/** Where a parcel goes, relative to the shop's country. */
export type ShippingZone = 'domestic' | 'international';

/** Why shipping is free: the premium customers' threshold, or the one for every order. */
export type FreeShippingReason = 'premium_threshold' | 'order_threshold';

/** The price of shipping one parcel, and how it was reached. */
export interface ShippingQuote {
  /** What the customer pays for shipping, in the shop's currency; zero when free. */
  readonly cost: MoneyAmount;
  /** Domestic when the destination is the shop's country. */
  readonly zone: ShippingZone;
  /** Started kilograms that were charged: ceil(weight / 1000), at least 1. */
  readonly chargeableKilograms: number;
  /** True when shipping costs nothing. */
  readonly free: boolean;
  /** The threshold that made shipping free; null when it is not. */
  readonly freeBecause: FreeShippingReason | null;
}

/**
 * Shipping's public query: prices a parcel. Other contexts inject this
 * abstract class (it is the Nest token); whether the answer comes from this
 * process or over the network is the implementation's business.
 *
 * Rejects with a problem-mappable error (a `DomainError`) when the request is
 * invalid: `SHIPPING.INVALID_DESTINATION`, `SHIPPING.INVALID_WEIGHT`,
 * `SHIPPING.INVALID_MERCHANDISE_TOTAL`, or `MONEY.CURRENCY_NOT_ACCEPTED` for a
 * total in another currency than the shop's.
 */
@PublicQuery<ShippingQuotes>({
  context: 'shipping',
  description: 'Prices a parcel by destination, weight and order total.',
  methods: { quote: ShippingQuoteRequestSchema },
})
export abstract class ShippingQuotes {
  /** Quotes the shipping cost of a parcel. */
  abstract quote(request: ShippingQuoteRequest): Promise<ShippingQuote>;
}
