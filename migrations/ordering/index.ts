import type { MigrationObject } from '@mikro-orm/core';
import { CreateOrdering } from './20261122040000-create-ordering.js';

/** The ordering schema's migrations, oldest first. Append; never edit one that has shipped. */
export const orderingMigrations: MigrationObject[] = [
  { name: '20261122040000-create-ordering', class: CreateOrdering },
];
