import { Money } from '../../../platform/domain/money.js';
import { ShippingTariff } from './shipping-tariff.js';
import {
  InvalidDestination,
  InvalidMerchandiseTotal,
  InvalidShippingWeight,
  ShippingCurrencyMismatch,
} from './shipping.errors.js';

const usd = (amount: number) => Money.of(amount, 'USD');
const tariff = new ShippingTariff('US', 'USD');

const quote = (
  destinationCountry: string,
  weightGrams: number,
  merchandise = 2000,
  premium = false,
) => tariff.quote({ destinationCountry, weightGrams, merchandiseTotal: usd(merchandise), premium });

describe('ShippingTariff', () => {
  it('prices the brief’s worked example: 7 kg domestic, 66.10, standard → 10.99', () => {
    expect(quote('US', 7000, 6610)).toEqual({
      cost: usd(1099),
      zone: 'domestic',
      chargeableKilograms: 7,
      free: false,
      freeBecause: null,
    });
  });

  it.each([
    [0, 1, 499],
    [1, 1, 499],
    [1000, 1, 499],
    [1001, 2, 599],
    [2000, 2, 599],
    [2001, 3, 699],
  ])('domestic: %i g is %i chargeable kg and costs %i cents', (grams, kilograms, cents) => {
    const charge = quote('US', grams);
    expect(charge.chargeableKilograms).toBe(kilograms);
    expect(charge.cost).toEqual(usd(cents));
  });

  it.each([
    [0, 1, 1499],
    [1000, 1, 1499],
    [1001, 2, 1799],
    [2000, 2, 1799],
    [2001, 3, 2099],
    [7000, 7, 3299],
  ])('international: %i g is %i chargeable kg and costs %i cents', (grams, kilograms, cents) => {
    const charge = quote('DE', grams);
    expect(charge).toMatchObject({ zone: 'international', chargeableKilograms: kilograms });
    expect(charge.cost).toEqual(usd(cents));
  });

  it.each([
    ['standard at 49.99', 499, 4999, false, null],
    ['premium at 49.99', 499, 4999, true, null],
    ['premium at 50.00', 0, 5000, true, 'premium_threshold'],
    ['standard at 50.00', 499, 5000, false, null],
    ['standard at 99.99', 499, 9999, false, null],
    ['standard at 100.00', 0, 10000, false, 'order_threshold'],
    ['premium at 100.00', 0, 10000, true, 'order_threshold'],
  ])('free shipping thresholds: %s pays %i cents', (_case, cents, total, premium, reason) => {
    const charge = quote('US', 500, total, premium);
    expect(charge.cost).toEqual(usd(cents));
    expect(charge.free).toBe(reason !== null);
    expect(charge.freeBecause).toBe(reason);
  });

  it('ships free abroad too, still reporting zone and weight', () => {
    expect(quote('DE', 2500, 5000, true)).toEqual({
      cost: usd(0),
      zone: 'international',
      chargeableKilograms: 3,
      free: true,
      freeBecause: 'premium_threshold',
    });
  });

  it('is domestic in the shop’s own country, whichever that is', () => {
    const german = new ShippingTariff('DE', 'EUR');
    const eur = Money.of(2000, 'EUR');
    const order = { weightGrams: 1500, merchandiseTotal: eur, premium: false };
    expect(german.quote({ ...order, destinationCountry: 'DE' }).cost).toEqual(Money.of(599, 'EUR'));
    expect(german.quote({ ...order, destinationCountry: 'US' }).cost).toEqual(
      Money.of(1799, 'EUR'),
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'refuses a weight of %d grams, naming weightGrams',
    (grams) => {
      expect(() => quote('US', grams)).toThrow(InvalidShippingWeight);
      expect(() => quote('US', grams)).toThrow(
        expect.objectContaining({
          code: 'SHIPPING.INVALID_WEIGHT',
          details: { errors: [expect.objectContaining({ field: 'weightGrams' })] },
        }),
      );
    },
  );

  it.each(['us', 'USA', 'U', '', 'U1', ' US'])('refuses the destination "%s"', (country) => {
    expect(() => quote(country, 1000)).toThrow(InvalidDestination);
    expect(() => quote(country, 1000)).toThrow(
      expect.objectContaining({
        code: 'SHIPPING.INVALID_DESTINATION',
        details: { errors: [expect.objectContaining({ field: 'destinationCountry' })] },
      }),
    );
  });

  it('refuses a merchandise total in another currency or below zero', () => {
    const order = { destinationCountry: 'US', weightGrams: 1000, premium: false };
    expect(() => tariff.quote({ ...order, merchandiseTotal: Money.of(10000, 'EUR') })).toThrow(
      ShippingCurrencyMismatch,
    );
    expect(() => tariff.quote({ ...order, merchandiseTotal: usd(-1) })).toThrow(
      InvalidMerchandiseTotal,
    );
  });

  it('refuses to be set up with a malformed shop country', () => {
    expect(() => new ShippingTariff('usa', 'USD')).toThrow(RangeError);
  });
});
