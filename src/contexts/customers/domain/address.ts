import { newId } from '../../../platform/domain/index.js';
import { InvalidCustomerAttribute } from './customer.errors.js';

export interface AddressFields {
  readonly recipient: string;
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly postalCode: string;
  readonly region?: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

const text = (field: string, value: string | null | undefined, max: number, optional = false) => {
  const trimmed = (value ?? '').trim();
  if ((!optional && trimmed.length === 0) || trimmed.length > max) {
    throw new InvalidCustomerAttribute(field, `must be ${optional ? 0 : 1}-${max} characters long`);
  }
  return trimmed.length === 0 ? null : trimmed;
};

/** A postal address a customer ships to. Immutable; identified within its customer by `id`. */
export class Address {
  private constructor(
    readonly id: string,
    readonly recipient: string,
    readonly line1: string,
    readonly line2: string | null,
    readonly city: string,
    readonly postalCode: string,
    readonly region: string | null,
    readonly country: string,
  ) {}

  static create(fields: AddressFields, id: string = newId()): Address {
    const country = fields.country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) {
      throw new InvalidCustomerAttribute('country', 'must be an ISO 3166-1 alpha-2 code');
    }
    return new Address(
      id,
      text('recipient', fields.recipient, 100)!,
      text('line1', fields.line1, 200)!,
      text('line2', fields.line2, 200, true),
      text('city', fields.city, 100)!,
      text('postalCode', fields.postalCode, 20)!,
      text('region', fields.region, 100, true),
      country,
    );
  }

  toJSON(): AddressFields & { id: string } {
    const { id, recipient, line1, line2, city, postalCode, region, country } = this;
    return { id, recipient, line1, line2, city, postalCode, region, country };
  }
}
