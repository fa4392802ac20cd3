import { DiscountCalculator } from '../../src/contexts/ordering/domain/discount-calculator.js';
import { Order } from '../../src/contexts/ordering/domain/order.js';
import type { PaymentMethod } from '../../src/contexts/ordering/domain/payment-method.js';
import { Money } from '../../src/platform/domain/money.js';
import { anAddress } from './address.builder.js';

interface LineValues {
  sku: string;
  quantity: number;
  unitPriceCents: number;
  weightGrams: number;
}

/**
 * A valid order placed through `Order.place`, priced by `DiscountCalculator`.
 * Defaults: one line (1 × 19.99, 500 g), a standard customer, card tok_visa,
 * a US address, shipping 4.99. The first `withLine` replaces the default line.
 */
export class OrderBuilder {
  private customerId = '0195a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
  private lines: LineValues[] = [];
  private shipping = 499;
  private premium = false;
  private promotion: { code: string; percent: number } | null = null;
  private paymentMethod: PaymentMethod = { type: 'card', token: 'tok_visa' };
  private currency = 'USD';

  withLine(sku: string, quantity: number, unitPriceCents: number, weightGrams = 500): this {
    this.lines.push({ sku, quantity, unitPriceCents, weightGrams });
    return this;
  }
  forCustomer(id: string): this {
    this.customerId = id;
    return this;
  }
  forPremiumCustomer(): this {
    this.premium = true;
    return this;
  }
  withPromotion(code: string, percent: number): this {
    this.promotion = { code, percent };
    return this;
  }
  shippingCents(amount: number): this {
    this.shipping = amount;
    return this;
  }
  paidWith(paymentMethod: PaymentMethod): this {
    this.paymentMethod = paymentMethod;
    return this;
  }

  build(now = new Date('2026-03-01T09:00:00Z')): Order {
    const lines = this.lines.length > 0 ? this.lines : [defaultLine()];
    const currency = this.currency;
    const pricing = DiscountCalculator.price(
      lines.map((l) => ({ unitPrice: Money.of(l.unitPriceCents, currency), quantity: l.quantity })),
      { premium: this.premium, promotionPercent: this.promotion?.percent ?? null, currency },
    );
    return Order.place(
      {
        customerId: this.customerId,
        lines: lines.map((l) => ({
          sku: l.sku,
          name: `Product ${l.sku}`,
          unitPrice: Money.of(l.unitPriceCents, currency),
          quantity: l.quantity,
          weightGrams: l.weightGrams,
        })),
        pricing,
        shipping: Money.of(this.shipping, currency),
        shippingAddress: anAddress(),
        paymentMethod: this.paymentMethod,
        promotionCode: this.promotion?.code ?? null,
      },
      now,
    );
  }
}

const defaultLine = (): LineValues => ({
  sku: 'MUG-RED-1',
  quantity: 1,
  unitPriceCents: 1999,
  weightGrams: 500,
});

export const anOrder = () => new OrderBuilder();
