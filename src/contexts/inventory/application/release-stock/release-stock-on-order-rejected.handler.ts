import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '../../../../platform/messaging/envelope.js';
import {
  type IntegrationEventHandler,
  OnIntegrationEvent,
} from '../../../../platform/messaging/handler.js';
import { OrderRejectedV1 } from '../../../ordering/contracts/index.js';
import { ReleaseStock } from './release-stock.js';

@Injectable()
@OnIntegrationEvent(OrderRejectedV1)
export class ReleaseStockOnOrderRejected implements IntegrationEventHandler<
  typeof OrderRejectedV1
> {
  constructor(private readonly stock: ReleaseStock) {}

  handle({ payload }: EventEnvelope<OrderRejectedV1>): Promise<void> {
    return this.stock.release(payload.orderId);
  }
}
