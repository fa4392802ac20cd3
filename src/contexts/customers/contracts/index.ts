/**
 * The customers context's public face: the integration events it publishes.
 * No personal data beyond ids and shipping addresses leaves the context.
 */
export { CustomerAddressAddedV1 } from './customer-address-added.v1.js';
export { CustomerRegisteredV1 } from './customer-registered.v1.js';
export { CustomerTierChangedV1 } from './customer-tier-changed.v1.js';
