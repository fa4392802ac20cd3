import { Injectable } from '@nestjs/common';
import { Clock, ShopCurrency } from '../../../../platform/domain/index.js';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderDeliveredV1 } from '../../../ordering/contracts/index.js';
import { CustomerRepository } from '../../domain/customer.repository.js';
import { CustomersUnitOfWork } from '../customers.unit-of-work.js';

/** Each delivered order adds its total to the customer's lifetime spend (once: the inbox sees to it). */
@Injectable()
@OnIntegrationEvent(OrderDeliveredV1)
export class RecordSpendOnOrderDelivered implements IntegrationEventHandler<
  typeof OrderDeliveredV1
> {
  constructor(
    private readonly db: CustomersUnitOfWork,
    private readonly customers: CustomerRepository,
    private readonly currency: ShopCurrency,
    private readonly clock: Clock,
  ) {}

  handle({ payload }: EventEnvelope<OrderDeliveredV1>): Promise<void> {
    return this.db.unitOfWork(async () => {
      const customer = await this.customers.get(payload.customerId);
      customer.recordDeliveredOrder(
        this.currency.money(payload.total.amount, payload.total.currency),
        this.clock.now(),
      );
      this.customers.save(customer);
    });
  }
}
