import { Injectable } from '@nestjs/common';
import { Money } from '../../../../platform/domain/index.js';
import {
  BuyerNotKnown,
  InvalidOrder,
  ProductsNotAvailable,
  UnknownShippingAddress,
} from '../../domain/order.errors.js';
import type { ShippingAddress } from '../../domain/order.js';
import { Promotion, PromotionNotApplicable } from '../../domain/promotion.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';
import type { GivenAddress } from './place-order.command.js';

export interface PricedProduct {
  readonly sku: string;
  readonly name: string;
  readonly unitPrice: Money;
  readonly weightGrams: number;
}

/** How long placing an order waits for a buyer ordering has not heard of yet: 2 s. */
const BUYER_WAIT = { attempts: 10, intervalMs: 200 };

/** Reads what placing an order needs from ordering's own copies: no call into catalog or customers. */
@Injectable()
export class OrderInputs {
  constructor(private readonly db: OrderingUnitOfWork) {}

  /**
   * The priced products of the lines, in line order, and whether the buyer is
   * premium: one round trip. An order needs a buyer ordering knows: a token's
   * subject alone proves no account (docs/ordering.md).
   * @throws ProductsNotAvailable, BuyerNotKnown
   */
  async pricesFor(
    customerId: string,
    skus: readonly string[],
  ): Promise<{ products: PricedProduct[]; premium: boolean }> {
    const rows = await this.db.query<{
      sku: string;
      name: string;
      price_amount: string;
      price_currency: string;
      weight_grams: number;
      active: boolean;
      buyer_tier: string | null;
    }>(
      `select p.*, (select tier from buyers where customer_id = $1) as buyer_tier
       from price_list p where sku = any($2::text[])`,
      [customerId, skus],
    );
    const bySku = new Map(rows.map((row) => [row.sku, row]));
    const missing = skus.flatMap(
      (sku, index): { index: number; sku: string; reason: 'unknown' | 'discontinued' }[] => {
        const row = bySku.get(sku);
        if (!row) return [{ index, sku, reason: 'unknown' }];
        return row.active ? [] : [{ index, sku, reason: 'discontinued' }];
      },
    );
    if (missing.length > 0) throw new ProductsNotAvailable(missing);
    const products = skus.map((sku) => {
      const row = bySku.get(sku)!;
      return {
        sku,
        name: row.name,
        unitPrice: Money.of(Number(row.price_amount), row.price_currency.trim()),
        weightGrams: row.weight_grams,
      };
    });
    const tier = rows[0]?.buyer_tier ?? (await this.buyerTierSoon(customerId));
    return { products, premium: tier === 'premium' };
  }

  /**
   * A buyer not in the view yet is most often one who registered a moment ago
   * and whose CustomerRegistered is on its way: waits for it a little (this
   * path is rare, the common one costs nothing) before refusing.
   * @throws BuyerNotKnown
   */
  private async buyerTierSoon(customerId: string): Promise<string> {
    for (let attempt = 0; attempt < BUYER_WAIT.attempts; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, BUYER_WAIT.intervalMs));
      const [buyer] = await this.db.query<{ tier: string }>(
        'select tier from buyers where customer_id = $1',
        [customerId],
      );
      if (buyer) return buyer.tier;
    }
    throw new BuyerNotKnown(customerId);
  }

  async shippingAddress(
    customerId: string,
    given: GivenAddress | undefined,
    savedId: string | undefined,
  ): Promise<ShippingAddress> {
    if ((given === undefined) === (savedId === undefined)) {
      throw new InvalidOrder(
        'shippingAddress',
        'give either shippingAddress or shippingAddressId, not both or neither',
      );
    }
    if (given) return { ...given, line2: given.line2 ?? null, region: given.region ?? null };
    const [row] = await this.db.read((em) =>
      em.execute<{ address: ShippingAddress }[]>(
        'select address from buyer_addresses where customer_id = ? and address_id = ?',
        [customerId, savedId],
      ),
    );
    if (!row) throw new UnknownShippingAddress(savedId!);
    return row.address;
  }

  /** The percentage a promotion code gives now. @throws PromotionNotApplicable */
  async promotionPercent(code: string | undefined, now: Date): Promise<number | null> {
    if (code === undefined) return null;
    const promotion = await this.db.read((em) =>
      em.findOne(Promotion, { code: Promotion.normalize(code) }),
    );
    if (!promotion) throw new PromotionNotApplicable(Promotion.normalize(code));
    return promotion.percentFor(now);
  }
}
