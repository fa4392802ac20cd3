import { AggregateRoot, Money, newId } from '../../../platform/domain/index.js';
import { Address, type AddressFields } from './address.js';
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
import type { Email } from './email.js';
import type { Role, Tier } from './tier.js';

export type { Role, Tier } from './tier.js';

export const MAX_ADDRESSES = 20;
/** Lifetime spend, in minor units, from which a customer is premium (1000.00). */
export const PREMIUM_FROM_LIFETIME_SPEND = 100_000;

/** Everything a customer is made of, by its public names. */
export interface CustomerState {
  readonly id: string;
  readonly email: Email;
  readonly name: string;
  readonly passwordHash: string;
  readonly role: Role;
  readonly createdAt: Date;
  readonly tier: Tier;
  readonly addresses: readonly Address[];
  readonly lifetimeSpend: Money;
  readonly updatedAt: Date;
  /** Tokens issued under an older version are revoked. */
  readonly tokenVersion: number;
  readonly disabled: boolean;
}

/**
 * A shopper's account: who they are, how they sign in, where they ship to, and
 * their tier. Premium customers get a discount and cheaper shipping.
 */
export class Customer extends AggregateRoot {
  readonly id: string;
  readonly email: Email;
  readonly name: string;
  private _passwordHash: string;
  private _role: Role;
  readonly createdAt: Date;
  private _tier: Tier;
  private _addresses: Address[];
  private _lifetimeSpend: Money;
  private _updatedAt: Date;
  private _tokenVersion: number;
  private _disabled: boolean;
  // Optimistic-concurrency token, set and checked by the ORM on every update.
  private readonly version?: number;

  get passwordHash(): string {
    return this._passwordHash;
  }
  get role(): Role {
    return this._role;
  }
  get tier(): Tier {
    return this._tier;
  }
  get addresses(): readonly Address[] {
    return this._addresses;
  }
  get lifetimeSpend(): Money {
    return this._lifetimeSpend;
  }
  get updatedAt(): Date {
    return this._updatedAt;
  }
  /** Tokens issued under an older version are revoked. */
  get tokenVersion(): number {
    return this._tokenVersion;
  }
  /** A disabled account cannot sign in, and its tokens are refused. */
  get disabled(): boolean {
    return this._disabled;
  }

  // The ORM hydrates stored customers without calling the constructor.
  private constructor(state: CustomerState) {
    super();
    this.id = state.id;
    this.email = state.email;
    this.name = state.name;
    this._passwordHash = state.passwordHash;
    this._role = state.role;
    this.createdAt = state.createdAt;
    this._tier = state.tier;
    this._addresses = [...state.addresses];
    this._lifetimeSpend = state.lifetimeSpend;
    this._updatedAt = state.updatedAt;
    this._tokenVersion = state.tokenVersion;
    this._disabled = state.disabled;
  }

  /** `passwordHash` is already hashed: the domain never sees a password. */
  static register(
    input: { email: Email; name: string; passwordHash: string; role?: Role; currency: string },
    now: Date,
  ): Customer {
    const name = input.name.trim();
    if (name.length < 1 || name.length > 100) {
      throw new InvalidCustomerAttribute('name', 'must be 1-100 characters long');
    }
    const customer = new Customer({
      id: newId(now.getTime()),
      email: input.email,
      name,
      passwordHash: input.passwordHash,
      role: input.role ?? 'customer',
      createdAt: now,
      tier: 'standard',
      addresses: [],
      lifetimeSpend: Money.zero(input.currency),
      updatedAt: now,
      tokenVersion: 0,
      disabled: false,
    });
    customer.raise(new CustomerRegistered(customer.id, customer.tier, now));
    return customer;
  }

  addAddress(fields: AddressFields, now: Date): Address {
    if (this._addresses.length >= MAX_ADDRESSES) throw new AddressBookFull(MAX_ADDRESSES);
    const address = Address.create(fields);
    this._addresses = [...this._addresses, address];
    this._updatedAt = now;
    this.raise(new CustomerAddressAdded(this.id, address, now));
    return address;
  }

  /**
   * Makes this account an administrator that signs in with the given password
   * (configured first admin). Its older tokens end: they carry the old role or
   * were issued under the old password.
   */
  becomeAdministrator(passwordHash: string, now: Date): void {
    this._role = 'admin';
    this.changePassword(passwordHash, now);
  }

  /** Signs the customer out everywhere: every token issued so far stops working. */
  revokeTokens(now: Date): void {
    this._tokenVersion += 1;
    this._updatedAt = now;
  }

  /** `passwordHash` is already hashed. Other sessions end: a changed password is often a reaction to a leak. */
  changePassword(passwordHash: string, now: Date): void {
    this._passwordHash = passwordHash;
    this.revokeTokens(now);
  }

  /** An administrator shuts the account: no sign-in, and its tokens stop working at once. */
  disable(now: Date): void {
    if (this._disabled) return;
    this._disabled = true;
    this.revokeTokens(now);
  }

  /**
   * A delivered order counts towards the lifetime spend; reaching 1000.00
   * makes a standard customer premium.
   */
  recordDeliveredOrder(total: Money, now: Date): void {
    this._lifetimeSpend = this._lifetimeSpend.add(total);
    this._updatedAt = now;
    if (this._tier === 'standard' && this._lifetimeSpend.amount >= PREMIUM_FROM_LIFETIME_SPEND) {
      this.upgradeToPremium(now);
    }
  }

  upgradeToPremium(now: Date): void {
    if (this._tier === 'premium') throw new CustomerAlreadyPremium(this.id);
    this._tier = 'premium';
    this._updatedAt = now;
    this.raise(new CustomerTierChanged(this.id, 'standard', 'premium', now));
  }
}
