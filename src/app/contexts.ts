import type { Type } from '@nestjs/common';
import { CatalogModule } from '../contexts/catalog/catalog.module.js';
import { CustomersModule } from '../contexts/customers/customers.module.js';
import { InventoryModule } from '../contexts/inventory/inventory.module.js';
import { OrderingModule } from '../contexts/ordering/ordering.module.js';
import { PaymentsModule } from '../contexts/payments/payments.module.js';
import { RecommendationsModule } from '../contexts/recommendations/recommendations.module.js';
import { ShippingModule } from '../contexts/shipping/shipping.module.js';
import { ConfigError } from '../platform/config/config.js';

/** Every bounded context the shop is composed of, by name. */
export const CONTEXT_MODULES: Readonly<Record<string, Type>> = {
  catalog: CatalogModule,
  customers: CustomersModule,
  inventory: InventoryModule,
  ordering: OrderingModule,
  payments: PaymentsModule,
  recommendations: RecommendationsModule,
  shipping: ShippingModule,
};

export const CONTEXT_NAMES = Object.keys(CONTEXT_MODULES);

/** Resolves the CONTEXTS setting to context names, refusing unknown ones. */
export function selectContexts(selection: 'all' | readonly string[]): string[] {
  const names = selection === 'all' ? CONTEXT_NAMES : selection;
  const unknown = names.filter((name) => !(name in CONTEXT_MODULES));
  if (unknown.length > 0 || names.length === 0) {
    throw new ConfigError(
      'CONTEXTS',
      `"all" or a comma-separated list of ${CONTEXT_NAMES.join(', ')}`,
      names.join(','),
    );
  }
  return [...names];
}
