/**
 * The catalog's public face: the integration events it publishes. Other
 * contexts import from here and nowhere else in catalog.
 */
export { ProductCreatedV1 } from './product-created.v1.js';
export { ProductDiscontinuedV1 } from './product-discontinued.v1.js';
export { ProductPriceChangedV1 } from './product-price-changed.v1.js';
