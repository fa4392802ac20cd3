import type { DomainError } from '../../../platform/domain/domain-error.js';
import { InvalidPromotion, Promotion, PromotionNotApplicable } from './promotion.js';

const now = new Date('2026-03-01T09:00:00Z');
const validFrom = new Date('2026-04-01T00:00:00Z');
const validUntil = new Date('2026-05-01T00:00:00Z');

const create = (overrides: Partial<Parameters<typeof Promotion.create>[0]> = {}) =>
  Promotion.create({ code: 'SPRING-15', percentage: 15, validFrom, validUntil, ...overrides }, now);

function thrownBy(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected an error, none was thrown');
}

const fieldOf = (error: DomainError) => (error.details as any).errors[0].field as string;

describe('Promotion', () => {
  it('is created with its code in upper case, trimmed', () => {
    const promotion = create({ code: '  spring-15 ' });
    expect(promotion.code).toBe('SPRING-15');
    expect(promotion.percentage).toBe(15);
    expect(promotion.validFrom).toEqual(validFrom);
    expect(promotion.validUntil).toEqual(validUntil);
    expect(promotion.createdAt).toEqual(now);
  });

  it.each([0, 91, 12.5, -5])('refuses a percentage of %p, naming percentage', (percentage) => {
    const error = thrownBy(() => create({ percentage }));
    expect(error).toBeInstanceOf(InvalidPromotion);
    expect(error.code).toBe('ORDERING.INVALID_PROMOTION');
    expect(fieldOf(error)).toBe('percentage');
  });

  it.each([1, 90])('accepts a percentage of %p', (percentage) => {
    expect(create({ percentage }).percentage).toBe(percentage);
  });

  it.each([
    ['equal to validFrom', validFrom],
    ['before validFrom', new Date('2026-03-31T23:59:59Z')],
  ])('refuses a validUntil %s', (_case, until) => {
    const error = thrownBy(() => create({ validUntil: until }));
    expect(error).toBeInstanceOf(InvalidPromotion);
    expect(fieldOf(error)).toBe('validUntil');
  });

  it.each(['X', 'SPRING 15', 'SPRING_15', '-SPRING', 'A'.repeat(33)])(
    'refuses a code of %p, naming code',
    (code) => {
      expect(fieldOf(thrownBy(() => create({ code })))).toBe('code');
    },
  );

  describe('percentFor', () => {
    it.each([
      ['at validFrom', validFrom],
      ['inside the period', new Date('2026-04-15T12:00:00Z')],
      ['a millisecond before validUntil', new Date(validUntil.getTime() - 1)],
    ])('gives its percentage %s', (_case, at) => {
      expect(create().percentFor(at)).toBe(15);
    });

    it.each([
      ['before validFrom', new Date(validFrom.getTime() - 1)],
      ['at validUntil (the end is exclusive)', validUntil],
      ['after validUntil', new Date('2026-06-01T00:00:00Z')],
    ])('is not valid %s', (_case, at) => {
      const error = thrownBy(() => create().percentFor(at));
      expect(error).toBeInstanceOf(PromotionNotApplicable);
      expect(error.code).toBe('ORDERING.PROMOTION_NOT_APPLICABLE');
      expect(error.kind).toBe('rule_violated');
      expect(fieldOf(error)).toBe('promotionCode');
    });
  });
});
