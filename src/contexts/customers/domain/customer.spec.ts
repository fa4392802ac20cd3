import { aCustomer } from '../../../../test/builders/customer.builder.js';
import { Money } from '../../../platform/domain/money.js';
import { Address } from './address.js';
import { Customer, MAX_ADDRESSES } from './customer.js';
import {
  AddressBookFull,
  CustomerAlreadyPremium,
  InvalidCustomerAttribute,
} from './customer.errors.js';
import {
  CustomerAddressAdded,
  CustomerRegistered,
  CustomerTierChanged,
} from './customer.events.js';
import { Email } from './email.js';

const now = new Date('2026-03-01T09:00:00Z');
const home = {
  recipient: 'Ada',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '62701',
  country: 'us',
};

describe('Customer', () => {
  it('registers as a standard customer with nothing spent, and says so', () => {
    const customer = Customer.register(
      {
        email: Email.parse('ada@example.com'),
        name: 'Ada Lovelace',
        passwordHash: 'scrypt$…',
        currency: 'USD',
      },
      now,
    );
    expect(customer).toMatchObject({ role: 'customer', tier: 'standard', name: 'Ada Lovelace' });
    expect(customer.lifetimeSpend.amount).toBe(0);
    expect(customer.pullEvents()).toEqual([expect.any(CustomerRegistered)]);
  });

  it('normalises e-mail addresses and refuses what is not one', () => {
    expect(Email.parse('  Ada@Example.COM ')).toBe('ada@example.com');
    expect(() => Email.parse('ada@')).toThrow(InvalidCustomerAttribute);
    expect(() => Email.parse('ada example.com')).toThrow(InvalidCustomerAttribute);
  });

  it('refuses an empty name', () => {
    expect(() => aCustomer().named('  ').build()).toThrow(InvalidCustomerAttribute);
  });

  it('adds addresses up to the limit, raising an event for each', () => {
    const customer = aCustomer().build();
    const address = customer.addAddress(home, now);
    expect(address.country).toBe('US');
    expect(customer.addresses).toEqual([address]);
    expect(customer.pullEvents()).toEqual([expect.any(CustomerAddressAdded)]);
    for (let i = 1; i < MAX_ADDRESSES; i++) customer.addAddress(home, now);
    expect(() => customer.addAddress(home, now)).toThrow(AddressBookFull);
  });

  it.each([
    ['country', { ...home, country: 'USA' }],
    ['recipient', { ...home, recipient: ' ' }],
    ['postalCode', { ...home, postalCode: 'x'.repeat(21) }],
  ])('refuses an address with a bad %s', (field, fields) => {
    expect(() => Address.create(fields)).toThrow(InvalidCustomerAttribute);
    expect(() => Address.create(fields)).toThrow(new RegExp(`^${field}`));
  });

  it('becomes premium when delivered orders reach 1000.00 of spend, once', () => {
    const customer = aCustomer().build();
    customer.recordDeliveredOrder(Money.of(99_999, 'USD'), now);
    expect(customer.tier).toBe('standard');
    customer.recordDeliveredOrder(Money.of(1, 'USD'), now);
    expect(customer.tier).toBe('premium');
    expect(customer.lifetimeSpend.amount).toBe(100_000);
    customer.recordDeliveredOrder(Money.of(5000, 'USD'), now);
    expect(customer.pullEvents().filter((e) => e instanceof CustomerTierChanged)).toHaveLength(1);
    expect(customer.lifetimeSpend.amount).toBe(105_000);
  });

  it('is upgraded to premium once', () => {
    const customer = aCustomer().build();
    customer.upgradeToPremium(now);
    expect(customer.tier).toBe('premium');
    expect(customer.pullEvents()).toEqual([
      expect.objectContaining({ previousTier: 'standard', tier: 'premium' }),
    ]);
    expect(() => customer.upgradeToPremium(now)).toThrow(CustomerAlreadyPremium);
    expect(customer.pullEvents().some((e) => e instanceof CustomerTierChanged)).toBe(false);
  });

  it('does not raise a premium customer’s tier again, however much they spend', () => {
    const customer = aCustomer().asPremium().build();
    customer.recordDeliveredOrder(Money.of(250_000, 'USD'), now);
    expect(customer.tier).toBe('premium');
    expect(customer.lifetimeSpend.amount).toBe(250_000);
    expect(customer.pullEvents()).toEqual([]);
  });
});

describe('Customer tokens', () => {
  it('starts at token version 0, enabled', () => {
    expect(aCustomer().build()).toMatchObject({ tokenVersion: 0, disabled: false });
  });

  it('raises the token version on sign-out and on a password change', () => {
    const customer = aCustomer().build();
    customer.revokeTokens(now);
    expect(customer.tokenVersion).toBe(1);
    customer.changePassword('scrypt$new', now);
    expect(customer).toMatchObject({ tokenVersion: 2, passwordHash: 'scrypt$new' });
  });

  it('revokes the tokens of a disabled account once, however often it is disabled', () => {
    const customer = aCustomer().build();
    customer.disable(now);
    customer.disable(now);
    expect(customer).toMatchObject({ disabled: true, tokenVersion: 1 });
  });

  it('ends the older tokens of an account made administrator from configuration', () => {
    const customer = aCustomer().build();
    customer.becomeAdministrator('scrypt$admin', now);
    expect(customer).toMatchObject({ role: 'admin', tokenVersion: 1 });
  });
});
