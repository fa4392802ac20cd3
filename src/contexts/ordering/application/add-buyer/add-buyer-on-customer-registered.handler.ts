import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { CustomerRegisteredV1 } from '../../../customers/contracts/index.js';
import { upsertBuyerTier } from '../buyer-tier.js';
import { OrderingUnitOfWork } from '../ordering.unit-of-work.js';

@Injectable()
@OnIntegrationEvent(CustomerRegisteredV1)
export class AddBuyerOnCustomerRegistered implements IntegrationEventHandler<
  typeof CustomerRegisteredV1
> {
  constructor(private readonly db: OrderingUnitOfWork) {}

  handle({ payload, occurredAt }: EventEnvelope<CustomerRegisteredV1>): Promise<void> {
    return upsertBuyerTier(this.db, payload.customerId, payload.tier, occurredAt);
  }
}
