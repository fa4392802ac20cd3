import type { MigrationObject } from '@mikro-orm/core';
import { CreateProducts } from './20261122000000-create-products.js';

/** The catalog schema's migrations, oldest first. Append; never edit one that has shipped. */
export const catalogMigrations: MigrationObject[] = [
  { name: '20261122000000-create-products', class: CreateProducts },
];
