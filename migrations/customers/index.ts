import type { MigrationObject } from '@mikro-orm/core';
import { CreateCustomers } from './20261122020000-create-customers.js';
import { TokenRevocation } from './20261130230000-token-revocation.js';

/** The customers schema's migrations, oldest first. Append; never edit one that has shipped. */
export const customersMigrations: MigrationObject[] = [
  { name: '20261122020000-create-customers', class: CreateCustomers },
  { name: '20261130230000-token-revocation', class: TokenRevocation },
];
