import { DomainError } from './domain-error.js';

export class InvalidMoney extends DomainError {
  readonly code = 'MONEY.INVALID';
  readonly kind = 'invalid';
}

export class CurrencyMismatch extends DomainError {
  readonly code = 'MONEY.CURRENCY_MISMATCH';
  readonly kind = 'rule_violated';
}

const CURRENCY = /^[A-Z]{3}$/;

/** Money as JSON: what `toJSON` writes and `from` reads. */
export interface MoneyJson {
  readonly amount: number;
  readonly currency: string;
}

/** A value's shape once it went through JSON (a stored document, an SQL read): its Money as MoneyJson. */
export type MoneyAsJson<T> = { readonly [K in keyof T]: T[K] extends Money ? MoneyJson : T[K] };

/**
 * An amount of money in integer minor units (cents) with its ISO 4217 currency.
 * Never a float: every operation stays on safe integers and fails loudly
 * rather than silently losing a cent.
 */
export class Money {
  private constructor(
    readonly amount: number,
    readonly currency: string,
  ) {}

  static of(amount: number, currency: string): Money {
    if (!Number.isSafeInteger(amount)) {
      throw new InvalidMoney(`${amount} is not a whole number of minor units`, { amount });
    }
    if (!CURRENCY.test(currency)) {
      throw new InvalidMoney(`${currency} is not an ISO 4217 currency code`, { currency });
    }
    return new Money(amount, currency);
  }

  /** Money from its JSON form (`toJSON`), as events and stored documents carry it. */
  static from(json: MoneyJson): Money {
    return Money.of(json.amount, json.currency);
  }

  static zero(currency: string): Money {
    return Money.of(0, currency);
  }

  add(other: Money): Money {
    this.assertSameCurrency(other);
    return Money.of(this.amount + other.amount, this.currency);
  }

  subtract(other: Money): Money {
    this.assertSameCurrency(other);
    return Money.of(this.amount - other.amount, this.currency);
  }

  times(factor: number): Money {
    if (!Number.isSafeInteger(factor)) {
      throw new InvalidMoney(`cannot multiply money by ${factor}: whole numbers only`, { factor });
    }
    return Money.of(this.amount * factor, this.currency);
  }

  /**
   * `percent` % of this amount, rounded half up (away from zero) to the minor
   * unit: 5 % of 27.50 is 1.375, which becomes 1.38.
   */
  percentage(percent: number): Money {
    if (!Number.isInteger(percent) || percent < 0 || percent > 100) {
      throw new InvalidMoney(`a percentage must be a whole number from 0 to 100, got ${percent}`, {
        percent,
      });
    }
    const scaled = BigInt(Math.abs(this.amount)) * BigInt(percent);
    const rounded = Number((scaled + 50n) / 100n);
    return Money.of(this.amount < 0 ? -rounded : rounded, this.currency);
  }

  isNegative(): boolean {
    return this.amount < 0;
  }

  isZero(): boolean {
    return this.amount === 0;
  }

  isAtLeast(other: Money): boolean {
    this.assertSameCurrency(other);
    return this.amount >= other.amount;
  }

  equals(other: Money): boolean {
    return this.amount === other.amount && this.currency === other.currency;
  }

  toJSON(): MoneyJson {
    return { amount: this.amount, currency: this.currency };
  }

  toString(): string {
    const sign = this.amount < 0 ? '-' : '';
    const abs = Math.abs(this.amount);
    return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${this.currency}`;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new CurrencyMismatch(`cannot combine ${this.currency} with ${other.currency}`, {
        left: this.currency,
        right: other.currency,
      });
    }
  }
}
