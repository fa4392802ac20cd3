import type { MigrationObject } from '@mikro-orm/core';
import { CreateShipments } from './20261122070000-create-shipments.js';

/** The shipping schema's migrations, oldest first. Append; never edit one that has shipped. */
export const shippingMigrations: MigrationObject[] = [
  { name: '20261122070000-create-shipments', class: CreateShipments },
];
