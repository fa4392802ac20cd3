import {
  integrationEvent,
  IntegrationEvents,
} from '../../../platform/messaging/integration-event.js';
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
  .on(CustomerRegistered, (e) =>
    integrationEvent(CustomerRegisteredV1, e.aggregateId, e.occurredAt, {
      customerId: e.aggregateId,
      tier: e.tier,
    }),
  )
  .on(CustomerTierChanged, (e) =>
    integrationEvent(CustomerTierChangedV1, e.aggregateId, e.occurredAt, {
      customerId: e.aggregateId,
      previousTier: e.previousTier,
      tier: e.tier,
    }),
  )
  .on(CustomerAddressAdded, (e) => {
    const { id, recipient, line1, line2, city, postalCode, region, country } = e.address;
    return integrationEvent(CustomerAddressAddedV1, e.aggregateId, e.occurredAt, {
      customerId: e.aggregateId,
      address: { id, recipient, line1, line2, city, postalCode, region, country },
    });
  });
