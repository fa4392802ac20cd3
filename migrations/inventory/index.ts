import type { MigrationObject } from '@mikro-orm/core';
import { CreateStockItems } from './20261122010000-create-stock-items.js';
import { CreateReservations } from './20261122030000-create-reservations.js';
import { CommittedReservations } from './20261122060000-committed-reservations.js';
import { StockItemsWithoutVersion } from './20261122090000-stock-items-without-version.js';

/** The inventory schema's migrations, oldest first. Append; never edit one that has shipped. */
export const inventoryMigrations: MigrationObject[] = [
  { name: '20261122010000-create-stock-items', class: CreateStockItems },
  { name: '20261122030000-create-reservations', class: CreateReservations },
  { name: '20261122060000-committed-reservations', class: CommittedReservations },
  { name: '20261122090000-stock-items-without-version', class: StockItemsWithoutVersion },
];
