import { IntegrationEvents } from '../../../platform/messaging/integration-event.js';
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
export const catalogIntegrationEvents = new IntegrationEvents()
  .on(ProductCreated, ProductCreatedV1, (e) => ({
    productId: e.aggregateId,
    sku: e.sku,
    name: e.name,
    category: e.category,
    price: e.price.toJSON(),
    weightGrams: e.weightGrams,
  }))
  .on(ProductPriceChanged, ProductPriceChangedV1, (e) => ({
    productId: e.aggregateId,
    sku: e.sku,
    previousPrice: e.previousPrice.toJSON(),
    price: e.price.toJSON(),
  }))
  .on(ProductDiscontinued, ProductDiscontinuedV1, (e) => ({
    productId: e.aggregateId,
    sku: e.sku,
  }));
