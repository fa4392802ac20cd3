import type { MigrationObject } from '@mikro-orm/core';
import { CreatePayments } from './20261122050000-create-payments.js';
import { HandlersPerEvent } from './20261130000000-handlers-per-event.js';
import { Reconciliation } from './20261130010000-reconciliation.js';

/** The payments schema's migrations, oldest first. Append; never edit one that has shipped. */
export const paymentsMigrations: MigrationObject[] = [
  { name: '20261122050000-create-payments', class: CreatePayments },
  { name: '20261130000000-handlers-per-event', class: HandlersPerEvent },
  { name: '20261130010000-reconciliation', class: Reconciliation },
];
