import type { DomainEvent } from '../../../platform/domain/domain-event.js';
import {
  type IntegrationEvent,
  integrationEvent,
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
export function customersIntegrationEvents(event: DomainEvent): IntegrationEvent[] {
  if (event instanceof CustomerRegistered) {
    return [
      integrationEvent(CustomerRegisteredV1, event.aggregateId, event.occurredAt, {
        customerId: event.aggregateId,
        tier: event.tier,
      }),
    ];
  }
  if (event instanceof CustomerTierChanged) {
    return [
      integrationEvent(CustomerTierChangedV1, event.aggregateId, event.occurredAt, {
        customerId: event.aggregateId,
        previousTier: event.previousTier,
        tier: event.tier,
      }),
    ];
  }
  if (event instanceof CustomerAddressAdded) {
    const { id, recipient, line1, line2, city, postalCode, region, country } = event.address;
    return [
      integrationEvent(CustomerAddressAddedV1, event.aggregateId, event.occurredAt, {
        customerId: event.aggregateId,
        address: { id, recipient, line1, line2, city, postalCode, region, country },
      }),
    ];
  }
  return [];
}
