import { IntegrationEvents } from '../../../platform/messaging/integration-event.js';
import {
  CustomerAddressAddedV1,
  CustomerRegisteredV1,
  CustomerTierChangedV1,
} from '../contracts/index.js';
import {
  CustomerAddressAdded,
  CustomerRegistered,
  CustomerTierChanged,
} from '../domain/customer.events.js';

/** What the customers context tells the others, for each of its domain events. */
export const customersIntegrationEvents = new IntegrationEvents()
  .on(CustomerRegistered, CustomerRegisteredV1, (e) => ({
    customerId: e.aggregateId,
    tier: e.tier,
  }))
  .on(CustomerTierChanged, CustomerTierChangedV1, (e) => ({
    customerId: e.aggregateId,
    previousTier: e.previousTier,
    tier: e.tier,
  }))
  .on(CustomerAddressAdded, CustomerAddressAddedV1, (e) => {
    const { id, recipient, line1, line2, city, postalCode, region, country } = e.address;
    return {
      customerId: e.aggregateId,
      address: { id, recipient, line1, line2, city, postalCode, region, country },
    };
  });
