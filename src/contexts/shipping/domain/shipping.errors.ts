import { DomainError } from '../../../platform/domain/index.js';

/** Bad input that names its field like a validation error, so callers see what to fix. */
abstract class InvalidShippingInput extends DomainError {
  readonly kind = 'invalid';

  constructor(field: string, message: string) {
    super(`${field} ${message}`, { errors: [{ field, message: `${field} ${message}` }] });
  }
}

export class InvalidDestination extends InvalidShippingInput {
  readonly code = 'SHIPPING.INVALID_DESTINATION';

  constructor(country: string) {
    super(
      'destinationCountry',
      `must be an ISO 3166-1 alpha-2 code in upper case, such as US (got "${country}")`,
    );
  }
}

export class InvalidShippingWeight extends InvalidShippingInput {
  readonly code = 'SHIPPING.INVALID_WEIGHT';

  constructor(grams: number) {
    super('weightGrams', `must be a whole number of grams, 0 or more (got ${grams})`);
  }
}

export class InvalidMerchandiseTotal extends InvalidShippingInput {
  readonly code = 'SHIPPING.INVALID_MERCHANDISE_TOTAL';

  constructor(amount: number) {
    super('merchandiseTotal', `must not be negative (got ${amount})`);
  }
}

/** The merchandise total is in another currency than the tariff's: thresholds cannot be compared. */
export class ShippingCurrencyMismatch extends DomainError {
  readonly code = 'SHIPPING.CURRENCY_MISMATCH';
  readonly kind = 'rule_violated';

  constructor(accepted: string, received: string) {
    super(`shipping is priced in ${accepted}, not ${received}`, { accepted, received });
  }
}
