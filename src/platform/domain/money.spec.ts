import { CurrencyMismatch, InvalidMoney, Money } from './money.js';

const usd = (amount: number) => Money.of(amount, 'USD');

describe('Money', () => {
  it('adds, subtracts and multiplies in minor units', () => {
    expect(usd(1999).add(usd(1)).amount).toBe(2000);
    expect(usd(500).subtract(usd(750)).amount).toBe(-250);
    expect(usd(1999).times(3).amount).toBe(5997);
  });

  it.each([
    [2750, 5, 138], // 137.5 rounds half up
    [1375, 10, 138], // 137.5 again, other way round
    [6748, 10, 675], // 674.8
    [6610, 10, 661],
    [1, 50, 1], // 0.5 rounds up
    [1, 49, 0],
    [0, 90, 0],
    [-2750, 5, -138], // away from zero for refunds
  ])('%i × %i %% = %i, rounded half up', (amount, percent, expected) => {
    expect(usd(amount).percentage(percent).amount).toBe(expected);
  });

  it('refuses fractions of a minor unit and unsafe integers', () => {
    expect(() => usd(19.99)).toThrow(InvalidMoney);
    expect(() => usd(Number.MAX_SAFE_INTEGER + 1)).toThrow(InvalidMoney);
    expect(() => usd(Number.MAX_SAFE_INTEGER).add(usd(1))).toThrow(InvalidMoney);
    expect(() => usd(100).times(1.5)).toThrow(InvalidMoney);
  });

  it('refuses percentages that are not whole numbers from 0 to 100', () => {
    expect(() => usd(100).percentage(12.5)).toThrow(InvalidMoney);
    expect(() => usd(100).percentage(101)).toThrow(InvalidMoney);
    expect(() => usd(100).percentage(-1)).toThrow(InvalidMoney);
  });

  it('never mixes currencies', () => {
    expect(() => usd(100).add(Money.of(100, 'EUR'))).toThrow(CurrencyMismatch);
    expect(() => Money.of(100, 'usd')).toThrow(InvalidMoney);
  });

  it('compares and serialises', () => {
    expect(usd(100).equals(usd(100))).toBe(true);
    expect(usd(100).equals(Money.of(100, 'EUR'))).toBe(false);
    expect(usd(100).isAtLeast(usd(99))).toBe(true);
    expect(usd(99).isAtLeast(usd(100))).toBe(false);
    expect(JSON.parse(JSON.stringify({ price: usd(1999) }))).toEqual({
      price: { amount: 1999, currency: 'USD' },
    });
    expect(usd(7709).toString()).toBe('77.09 USD');
    expect(usd(-5).toString()).toBe('-0.05 USD');
  });

  it('reads back its JSON, with the same checks as Money.of', () => {
    const back = Money.from(JSON.parse(JSON.stringify(usd(1999))));
    expect(back).toBeInstanceOf(Money);
    expect(back.equals(usd(1999))).toBe(true);
    expect(() => Money.from({ amount: 19.99, currency: 'USD' })).toThrow(InvalidMoney);
  });
});
