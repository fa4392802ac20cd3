import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { CustomerAddressAddedV1 } from '../../../customers/contracts/index.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

/** Keeps each buyer's saved addresses (see buyer-tier.ts): upserts, so replays are harmless. */
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
