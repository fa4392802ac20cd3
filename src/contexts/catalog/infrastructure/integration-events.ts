import type { DomainEvent } from '../../../platform/domain/domain-event.js';
import {
  type IntegrationEvent,
  integrationEvent,
} from '../../../platform/messaging/integration-event.js';
import {
  ProductCreatedV1,
  ProductDiscontinuedV1,
  ProductPriceChangedV1,
} from '../contracts/index.js';
import {
  ProductCreated,
  ProductDiscontinued,
  ProductPriceChanged,
} from '../domain/product.events.js';

/** What the catalog tells the other contexts, for each of its domain events. */
export function catalogIntegrationEvents(event: DomainEvent): IntegrationEvent[] {
  if (event instanceof ProductCreated) {
    return [
      integrationEvent(ProductCreatedV1, event.aggregateId, event.occurredAt, {
        productId: event.aggregateId,
        sku: event.sku,
        name: event.name,
        category: event.category,
        price: event.price.toJSON(),
        weightGrams: event.weightGrams,
      }),
    ];
  }
  if (event instanceof ProductPriceChanged) {
    return [
      integrationEvent(ProductPriceChangedV1, event.aggregateId, event.occurredAt, {
        productId: event.aggregateId,
        sku: event.sku,
        previousPrice: event.previousPrice.toJSON(),
        price: event.price.toJSON(),
      }),
    ];
  }
  if (event instanceof ProductDiscontinued) {
    return [
      integrationEvent(ProductDiscontinuedV1, event.aggregateId, event.occurredAt, {
        productId: event.aggregateId,
        sku: event.sku,
      }),
    ];
  }
  return [];
}
