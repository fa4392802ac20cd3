import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import {
  CustomerAddressAddedV1,
  CustomerRegisteredV1,
  CustomerTierChangedV1,
} from '../../../customers/contracts/index.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

/*
 * Ordering's view of its buyers: each customer's tier and saved addresses,
 * kept from the customers context's events. Upserts, so replays are harmless.
 */

const upsertTier = (db: OrderingUnitOfWork, customerId: string, tier: string, at: string) =>
  db.unitOfWork(async () => {
    await db.em.execute(
      `insert into buyers (customer_id, tier, updated_at) values (?, ?, ?)
       on conflict (customer_id) do update set tier = excluded.tier, updated_at = excluded.updated_at`,
      [customerId, tier, at],
    );
  });

@Injectable()
@OnIntegrationEvent(CustomerRegisteredV1)
export class AddBuyerOnCustomerRegistered implements IntegrationEventHandler<
  typeof CustomerRegisteredV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload, occurredAt }: EventEnvelope<CustomerRegisteredV1>): Promise<void> {
    return upsertTier(this.db, payload.customerId, payload.tier, occurredAt);
  }
}

@Injectable()
@OnIntegrationEvent(CustomerTierChangedV1)
export class UpdateBuyerOnTierChanged implements IntegrationEventHandler<
  typeof CustomerTierChangedV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload, occurredAt }: EventEnvelope<CustomerTierChangedV1>): Promise<void> {
    return upsertTier(this.db, payload.customerId, payload.tier, occurredAt);
  }
}

@Injectable()
@OnIntegrationEvent(CustomerAddressAddedV1)
export class KeepAddressOnAddressAdded implements IntegrationEventHandler<
  typeof CustomerAddressAddedV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload }: EventEnvelope<CustomerAddressAddedV1>): Promise<void> {
    const { id, ...address } = payload.address;
    return this.db.unitOfWork(async () => {
      await this.db.em.execute(
        `insert into buyer_addresses (customer_id, address_id, address) values (?, ?, ?::jsonb)
         on conflict (customer_id, address_id) do update set address = excluded.address`,
        [payload.customerId, id, JSON.stringify(address)],
      );
    });
  }
}
