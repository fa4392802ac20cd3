import { InvalidCustomerAttribute } from './customer.errors.js';

export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

/** A password must be long; length is what makes it hard to guess (NIST SP 800-63B). */
export function assertAcceptablePassword(password: string): void {
  if (password.length < PASSWORD_LENGTH.min || password.length > PASSWORD_LENGTH.max) {
    throw new InvalidCustomerAttribute(
      'password',
      `must be ${PASSWORD_LENGTH.min}-${PASSWORD_LENGTH.max} characters long`,
    );
  }
}
