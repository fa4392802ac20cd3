import type { MigrationObject } from '@mikro-orm/core';
import { CreateCoPurchases } from './20261122080000-create-co-purchases.js';

/** The recommendations schema's migrations, oldest first. Append; never edit one that has shipped. */
export const recommendationsMigrations: MigrationObject[] = [
  { name: '20261122080000-create-co-purchases', class: CreateCoPurchases },
];
