import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { AppConfig } from '../../../../platform/config/config.js';
import { APP_CONFIG } from '../../../../platform/config/tokens.js';
import { ShopCurrency } from '../../../../platform/domain/index.js';
import type { ShippingQuote } from '../../contracts/index.js';
import { type ShippingCharge, ShippingTariff } from '../../domain/shipping-tariff.js';
import { QuoteShippingQuery } from './quote-shipping.query.js';

/** Prices a parcel with the tariff of this shop's country and currency; reads nothing stored. */
@QueryHandler(QuoteShippingQuery)
export class QuoteShippingHandler implements IQueryHandler<QuoteShippingQuery> {
  private readonly tariff: ShippingTariff;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly currency: ShopCurrency,
  ) {
    this.tariff = new ShippingTariff(config.SHOP_COUNTRY, currency.code);
  }

  execute(query: QuoteShippingQuery): Promise<ShippingQuote> {
    // The executor turns a thrown rule into a rejection, as callers of a promise expect.
    return new Promise((resolve) => resolve(toShippingQuote(this.price(query))));
  }

  private price(query: QuoteShippingQuery): ShippingCharge {
    const { amount, currency } = query.merchandiseTotal;
    return this.tariff.quote({
      destinationCountry: query.destinationCountry,
      weightGrams: query.weightGrams,
      merchandiseTotal: this.currency.money(amount, currency),
      premium: query.premium,
    });
  }
}

function toShippingQuote(charge: ShippingCharge): ShippingQuote {
  return {
    cost: charge.cost.toJSON(),
    zone: charge.zone,
    chargeableKilograms: charge.chargeableKilograms,
    free: charge.free,
    freeBecause: charge.freeBecause,
  };
}
