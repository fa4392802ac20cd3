import { InvalidCustomerAttribute } from './customer.errors.js';

/** An e-mail address, trimmed and lower-cased: unique without regard to case. */
export type Email = string & { readonly __brand: 'Email' };

const SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const Email = {
  parse(raw: string): Email {
    const email = raw.trim().toLowerCase();
    if (email.length > 254 || !SHAPE.test(email)) {
      throw new InvalidCustomerAttribute('email', 'must be an e-mail address');
    }
    return email as Email;
  },
};
