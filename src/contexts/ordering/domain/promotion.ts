import { AggregateRoot, DomainError } from '../../../platform/domain/index.js';

/**
 * The code gives no discount now. One answer whether the code does not exist
 * or is outside its period: a caller learns nothing about which codes exist.
 */
export class PromotionNotApplicable extends DomainError {
  readonly code = 'ORDERING.PROMOTION_NOT_APPLICABLE';
  readonly kind = 'rule_violated';

  constructor(code: string) {
    super(`The promotion code ${code} cannot be applied`, {
      errors: [{ field: 'promotionCode', message: `promotionCode ${code} cannot be applied` }],
    });
  }
}

export class PromotionCodeTaken extends DomainError {
  readonly code = 'ORDERING.PROMOTION_CODE_TAKEN';
  readonly kind = 'conflict';

  constructor(code: string) {
    super(`A promotion with the code ${code} already exists`, { promotionCode: code });
  }
}

export class InvalidPromotion extends DomainError {
  readonly code = 'ORDERING.INVALID_PROMOTION';
  readonly kind = 'invalid';

  constructor(field: string, message: string) {
    super(`${field} ${message}`, { errors: [{ field, message: `${field} ${message}` }] });
  }
}

export const PROMOTION_PERCENT = { min: 1, max: 90 } as const;

/** Everything a promotion is made of. */
export interface PromotionState {
  readonly code: string;
  readonly percentage: number;
  readonly validFrom: Date;
  readonly validUntil: Date;
  readonly createdAt: Date;
}

/** A code that takes a percentage off orders placed while it is valid. */
export class Promotion extends AggregateRoot {
  readonly code: string;
  readonly percentage: number;
  readonly validFrom: Date;
  readonly validUntil: Date;
  readonly createdAt: Date;

  // The ORM hydrates stored promotions without calling the constructor.
  private constructor(state: PromotionState) {
    super();
    this.code = state.code;
    this.percentage = state.percentage;
    this.validFrom = state.validFrom;
    this.validUntil = state.validUntil;
    this.createdAt = state.createdAt;
  }

  static create(
    input: { code: string; percentage: number; validFrom: Date; validUntil: Date },
    now: Date,
  ): Promotion {
    const code = Promotion.normalize(input.code);
    if (!/^[A-Z0-9][A-Z0-9-]{1,31}$/.test(code)) {
      throw new InvalidPromotion('code', 'must be 2-32 letters, digits or dashes');
    }
    const { percentage } = input;
    if (
      !Number.isInteger(percentage) ||
      percentage < PROMOTION_PERCENT.min ||
      percentage > PROMOTION_PERCENT.max
    ) {
      throw new InvalidPromotion(
        'percentage',
        `must be a whole number from ${PROMOTION_PERCENT.min} to ${PROMOTION_PERCENT.max}`,
      );
    }
    if (input.validUntil.getTime() <= input.validFrom.getTime()) {
      throw new InvalidPromotion('validUntil', 'must be after validFrom');
    }
    return new Promotion({
      code,
      percentage,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      createdAt: now,
    });
  }

  static normalize(code: string): string {
    return code.trim().toUpperCase();
  }

  /** The percentage this promotion gives an order placed `now`. @throws PromotionNotApplicable */
  percentFor(now: Date): number {
    if (now < this.validFrom || now >= this.validUntil) {
      throw new PromotionNotApplicable(this.code);
    }
    return this.percentage;
  }
}
