import { DomainError } from '../../../platform/domain/index.js';

export class CustomerNotFound extends DomainError {
  readonly code = 'CUSTOMERS.CUSTOMER_NOT_FOUND';
  readonly kind = 'not_found';

  constructor(id: string) {
    super(`No customer has the id ${id}`, { customerId: id });
  }
}

export class EmailAlreadyRegistered extends DomainError {
  readonly code = 'CUSTOMERS.EMAIL_ALREADY_REGISTERED';
  readonly kind = 'conflict';

  constructor() {
    super('An account with this e-mail address already exists');
  }
}

/** The same answer whether the e-mail is unknown or the password wrong: nothing to enumerate. */
export class InvalidCredentials extends DomainError {
  readonly code = 'AUTH.INVALID_CREDENTIALS';
  readonly kind = 'unauthenticated';

  constructor() {
    super('The e-mail address or the password is wrong');
  }
}

export class CustomerAlreadyPremium extends DomainError {
  readonly code = 'CUSTOMERS.ALREADY_PREMIUM';
  readonly kind = 'conflict';

  constructor(id: string) {
    super(`The customer ${id} is already premium`, { customerId: id });
  }
}

export class AddressBookFull extends DomainError {
  readonly code = 'CUSTOMERS.ADDRESS_BOOK_FULL';
  readonly kind = 'rule_violated';

  constructor(limit: number) {
    super(`A customer keeps at most ${limit} addresses`, { limit });
  }
}

/** A customer attribute breaks its rule; names the field like a validation error. */
export class InvalidCustomerAttribute extends DomainError {
  readonly code = 'CUSTOMERS.INVALID_ATTRIBUTE';
  readonly kind = 'invalid';

  constructor(field: string, message: string) {
    super(`${field} ${message}`, { errors: [{ field, message: `${field} ${message}` }] });
  }
}

/** Changing the password needs the current one: a stolen token alone cannot take over the account. */
export class CurrentPasswordWrong extends DomainError {
  readonly code = 'CUSTOMERS.CURRENT_PASSWORD_WRONG';
  readonly kind = 'invalid';

  constructor() {
    super('currentPassword is wrong', {
      errors: [{ field: 'currentPassword', message: 'currentPassword is wrong' }],
    });
  }
}
