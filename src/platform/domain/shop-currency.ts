import { DomainError } from './domain-error.js';
import { Money } from './money.js';

export class CurrencyNotAccepted extends DomainError {
  readonly code = 'MONEY.CURRENCY_NOT_ACCEPTED';
  readonly kind = 'rule_violated';
}

/** The one currency this deployment trades in; every amount entering the shop is checked against it. */
export class ShopCurrency {
  constructor(readonly code: string) {}

  money(amount: number, currency: string = this.code): Money {
    if (currency !== this.code) {
      throw new CurrencyNotAccepted(`this shop trades in ${this.code}, not ${currency}`, {
        accepted: this.code,
        received: currency,
      });
    }
    return Money.of(amount, currency);
  }
}
