import { type GivenPostalAddress, newId, PostalAddress } from '../../../platform/domain/index.js';
import { InvalidCustomerAttribute } from './customer.errors.js';

/** The parts of an address as a customer gives them. */
export type AddressFields = GivenPostalAddress;

/** A postal address a customer ships to. Immutable; identified within its customer by `id`. */
export class Address implements PostalAddress {
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
    const { recipient, line1, line2, city, postalCode, region, country } = PostalAddress.parse(
      fields,
      (field, message) => new InvalidCustomerAttribute(field, message),
    );
    return new Address(id, recipient, line1, line2, city, postalCode, region, country);
  }

  toJSON(): PostalAddress & { id: string } {
    const { id, recipient, line1, line2, city, postalCode, region, country } = this;
    return { id, recipient, line1, line2, city, postalCode, region, country };
  }
}
